package main

type myuint uint
type myuint16 uint16
type myuint32 uint32
type myuint64 uint64

var str0 = "go"
var str1 string

func clip(s string, i int) string {
	n := uint(len(s)) + 1
	return s[uint(i)%n:]
}

func byteAt(s string, i int) byte {
	if len(s) == 0 {
		return 0
	}
	return s[uint(i)%uint(len(s))]
}

func runeSum(s string) int {
	t := 0
	for i, r := range s {
		t = t*31 + i + int(r)
	}
	return t
}

var g1 int = 3

func f2(p3 bool) {
	p3 = (float32(g1) >= (float32(g1) / float32(0.1)))
	print()
	p3 = false
	g1 = (^g1)
	var v4 bool = ((uint16(g1) + 0b1111111111111111) < (+uint16(g1)))
	_ = v4
}

func f5() (int, myuint64) {
	{
		var v6 = (int64(g1) + int64(runeSum(string(rune(g1)))))
		if (g1 != 0) {
			guard7 := 0
			for (g1 != 0) {
				if guard7++; guard7 > 64 {
					break
				}
				var v8 *int = &g1
				g1++
				return 0X7FFFFFFFFFFFFFFF, 18446744073709551615
				_ = v8
			}
		}
		_ = v6
	}
	return int(runeSum("bcbc😀")), myuint64(int(byteAt("\xff\xff", (0X5E962B2FF2AB9EA2 &^ g1))))
}

func f9(p10 float64, p11 int8, p12 myuint16) {
	switch {
	default:
		v13, v14 := f5()
		guard15 := 0
		for (((uintptr(runeSum("€\xffbc")) &^ uintptr(len("" + str1))) >> uint64((uint64(v13) &^ 72057594037927936))) != uintptr((-float32(v13)))) {
			if guard15++; guard15 > 64 {
				break
			}
			{
			}
		}
		_ = v14
	case (int64(int16(uint(g1))) <= (-(int64(g1) * int64(8)))):
	}
	p10--
	print((((-p10) - (+p10)) + (-float64(uint(g1)))))
	guard16 := 0
	for {
		if guard16++; guard16 > 64 {
			break
		}
		if false {
			break
		}
		v17 := uint64(0b111111111111111111111111111111111111111111111111111111111)
		_ = v17
	}
	p10 = float64(len("bc" + str1))
}

//go:wasmexport x18
func x18(p19 float64) {
	g1 = g1
	{
		g1 = g1
		if (g1 != 0) {
			guard20 := 0
			for {
				if guard20++; guard20 > 64 {
					break
				}
				if false {
					break
				}
			}
		}
		g1 = int(len(clip(string(rune(int(int(byteAt(("€\xe2\x82" + "😀bcé"), (^g1)))))), int((^(0X0 + uint(g1))))) + str1))
	}
	guard21 := 0
	for (g1 != 0) {
		if guard21++; guard21 > 64 {
			break
		}
	}
	switch (-uint16(g1)) {
	case (uint16(int(byteAt("😀", 576460752303423488))) & uint16(int16(g1))), 0xffff:
		break
		p19--
		var v22 = ((uint8(int(byteAt((str1 + "bcazz"), (-0X5)))) ^ ((uint8(uint32(g1)) ^ byte(uint(g1))) << ((byte(g1) << uintptr(g1)) >> 2))) << (uint8(g1) + (byte(g1) * (byte(runeSum("")) >> 10))))
		_ = v22
	case uint16(g1), 8, (uint16(g1) << (myuint32(g1) % (+(+(+myuint32(g1)))))):
		f9(float64(int(byteAt(string(rune((^g1))), (+int(int(byteAt("a", 0X1BB72C35E685B4A6))))))), (((int8(g1) >> myuint(g1)) << (uintptr(g1) % '\u0001')) ^ ((+int8(g1)) >> uint64(int(byteAt("zzébc", (-2)))))), (-(^myuint16(runeSum("bca")))))
		f5()
		var v23 int16 = int16(g1)
		_ = v23
	case (^((uint16(int(byteAt("😀", g1))) & uint16(uint8(g1))) << uint16(int8(uint32(g1))))), (+((^(uint16(g1) ^ 0x8f8e)) << 2)):
		guard24 := 0
		for false {
			if guard24++; guard24 > 64 {
				break
			}
		}
	}
	guard25 := 0
	for {
		if guard25++; guard25 > 64 {
			break
		}
		if (float64(((uint16(g1) << 6) << uint32(len(string(rune(g1)) + str1)))) < p19) {
			break
		}
	}
}

//go:wasmexport x26
func x26(p27 myuint64) {
}

func main() {
	var v28 uint32 = (^uint32(uint16(g1)))
	g1 = int(int(byteAt("", (-0o2))))
	v29 := &g1
	_ = v28
	_ = v29
}

// Seed 130 of wexlab-gen's first commit, reduced by deleting lines while
// wexlab still fails: the limit of locals64.go reached with about 20 declared
// locals in main, the rest wexlab's temporaries. Go builds it.
//
//	main: rule set go: the rules did not finish: after 64 rounds they still
//	rewrite (most active: valtypes-cons (rules/lower/types.rules:14) ×63, …)
package main

import "unsafe"

var g1 int = (-0x8000000000000000)
var g2 int16 = (^int16(uint16(g1)))
var g3 = ((((int64(g1) * 3034985655275951738) >> 38) << 15) << 34)
var g4 int32 = (2_147_483_647 % int32(g1))
var g5 int
var g6 = float64(0.1)

func f7(p8 rune, p9 bool) (float64, rune) {
	switch ((-float32(g5)) * float32(int64((uint8(g5) << 10)))) * (float32(g5) + (-0x1p-2)) {
	case float32(int8((uint16(g5) | ((uint16(g5) << 1) / (uint16(g1) % 0x1))))), (-0.1):
		for {
		}
		switch v14 := (uint8(0xFF) + uint8(g1)); v14 {
		case 3:
			if p9 && true {
			}
		}
	}
	return float64(uintptr(uint64(g1))), p8
}
func main() {
	{
		switch int8(g1) {
		case 0x1, int8(g5), 0o2:
			if (g5 != 0) && ((-byte(g1)) <= uint8(g5)) {
				var v39 int64 = (-g3)
				var v40 uintptr = unsafe.Alignof(g2)
				_ = v39
				_ = v40
			}
			v41, v42 := f7((g4 << 15), (!((!(g5 != 0)) == true)))
			_ = v41
			_ = v42
			g1 -= ((int((g3 >> 47)) * g5) >> uint(uint(g1)))
			var v43, v44 = f7(72_019_933, ((g4 << 18) >= ((-g4) >> (unsafe.Sizeof(g5) / uintptr(g1)))))
			_ = v43
			_ = v44
			{
				g6, g4 = f7(((rune(float32(g5)) - (-g4)) &^ int32((uint64(g5) &^ uint64(g5)))), false)
				var v45 uint8
				_ = v45
			}
			if !(!((g5 % g1) <= (g5 << 31))) {
				g6 /= (g6 / (-float64(g6)))
				var v46 int64 = (((((^g3) / (g3 | g3)) &^ (-0x6)) << 37) ^ g3)
				var v47 = ((^uint32(g1)) * (+uint32(g5)))
				_ = v46
				_ = v47
			}
		}
	}
	switch true && (!((g1 != 0) || bool(false))) {
	default:
		switch ((-0b1000000000000000000000000000000000000000000000000000000000000000) & (g5 - 9223372036854775807)) + ((g5 | 8_682_875_572_608_408_824) &^ (-0x4)) {
		case (^g1):
			v48 := (^uint(g1))
			_ = v48
		case ((+int(g4)) << 22), ((g1 >> byte(g1)) / (1_590_117_181_916_982_119 + g5)), int(uint8(g1)):
			if !((g5 != 0) || (true || (g1 != 0))) {
				var v49 = ((uint32(g5) &^ 0xFFFFFFFF) / (uint32(g1) << 23))
				_ = v49
			}
			g5 %= ((int(uint16(g1)) ^ int((-g4))) &^ int((-0o1000000000000000000000)))
			if v50 := ((g3 & g3) ^ (g3 - 36_028_797_018_963_968)); (v50 == v50) || bool(false) {
				v51 := ((rune(float32(g5)) + (^(g4 & (3 + g4)))) >> 34)
				_ = v51
			}
		case g5, (int((((-0b111) * g4) + int32(uint64(g1)))) >> (byte(uint16(float32(g1))) >> 5)):
			v52 := int64(0b111111111111111111111111111111111111111111111111111111111111111)
			_ = v52
		}
		if bool(true) {
			if v53 := (0o377 + g5); (v53 != ((int(9223372036854775807) * g1) << uintptr(g3))) || (!(g1 != 0)) {
			}
		}
		{
			v55 := (((^(uint32(g5) >> 32)) >> 26) >> 4)
			_ = v55
		}
	}
}

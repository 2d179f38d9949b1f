// wasmexport accepts pointers to fixed-size integers, floats and bools as parameters and results.
package main

//go:wasmexport ptrs
func ptrs(a *int8, b *uint8, c *int16, d *uint16, e *int32, f *uint32, g *int64, h *uint64) {
}

//go:wasmexport fptrs
func fptrs(a *float32, b *float64, c *bool) {
	if *c {
		*b = float64(*a)
	}
}

//go:wasmexport rp16
func rp16(p *uint16) *uint16 { return p }

//go:wasmexport rpf64
func rpf64(p *float64) *float64 { return p }

//go:wasmexport rpbool
func rpbool(p *bool) *bool { return p }

//go:wasmexport rpi8
func rpi8(p *int8) *int8 { return p }

func main() {}

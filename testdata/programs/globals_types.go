package main

var (
	gi8   int8    = -5
	gu64  uint64  = 1<<64 - 1
	gf32  float32 = 1.25
	gc128         = complex(1, -1)
	gs            = "global"
	gb            = true
	garr          = [3]int{1, 2, 3}
	gsl           = []string{"a", "b"}
	gst           = struct {
		X int
		Y string
	}{7, "y"}
	gp  = &garr
	gfn = func(x int) int { return x * 3 }
)

func bump() {
	gi8--
	gu64++
	gf32 *= 2
	gc128 *= gc128
	gs += "!"
	gb = !gb
	garr[0] = 100
	gsl = append(gsl, "c")
	gst.X++
}

func main() {
	println(gi8, gu64, gf32, gc128, gs, gb, garr[0], len(gsl), gst.X, gst.Y, gp[2], gfn(2))
	bump()
	println(gi8, gu64, gf32, gc128, gs, gb, garr[0], len(gsl), gsl[2], gst.X, gp[0], gfn(gst.X))
}

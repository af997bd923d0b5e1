package main

// Each function's assembly misuses its argument frame in the ways go vet's asmdecl reports;
// jgo must report the same lines with the same messages.

type point struct {
	x, y int32
	name string
}

type celsius float64

type stringer interface{ String() string }

func wrongSize(a, b int64) int64
func wrongOffset(a int8, b int64) int64
func wrongName(a int64) int64
func wrongWidth(a int64, b int32, c uint8) int16
func strings(s string, sl []byte) int
func composite(p point, arr [2]uint16, c complex128, i interface{}, st stringer) celsius
func noResultWrite(x int) int
func unnamed(int, string) (int, bool)
func floats(f float32, d float64) float64

func main() {}

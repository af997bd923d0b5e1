package main

type Small struct{ b byte }
type Empty struct{}
type Pair [2]int16

func roundTrip(v any) any { return v }

func main() {
	vals := []any{true, int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(7), 1.5, float32(2.25), complex(1, -1), complex64(complex(2, 3)), "str", Small{9}, Empty{}, Pair{3, 4}, [0]int{}, 'r'}
	for _, v := range vals {
		r := roundTrip(v)
		println(r == v)
	}
	println(roundTrip(int8(-8)).(int8), roundTrip(uint64(1<<63)).(uint64), roundTrip(float32(2.25)).(float32))
	println(roundTrip(complex64(complex(2, 3))).(complex64) == complex(2, 3))
	println(roundTrip(Small{9}).(Small).b, roundTrip(Pair{3, 4}).(Pair)[1])
	_, ok := roundTrip(Empty{}).(Empty)
	println(ok)
	x := 5
	var e any = x
	x = 6
	println(e.(int), x)
	s := Small{1}
	e = s
	s.b = 2
	println(e.(Small).b)
	arr := [3]string{"a", "b", "c"}
	e = arr
	arr[0] = "z"
	println(e.([3]string)[0])
	p := &arr
	e = p
	p[1] = "y"
	println(e.(*[3]string)[1])
	var f func() int = func() int { return 42 }
	e = f
	println(e.(func() int)())
	var sl []int = []int{1, 2}
	e = sl
	sl[0] = 9
	println(e.([]int)[0])
}

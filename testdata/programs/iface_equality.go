package main

type Key struct {
	a int
	s string
}

type Pt struct{ x, y float64 }

type I interface{ M() }
type T struct{ n int }

func (T) M() {}

type PT struct{ n int }

func (*PT) M() {}

type Blank struct {
	a int
	_ int
	b string
}

func eq(a, b any) bool { return a == b }

func main() {
	println(eq(1, 1), eq(1, 2), eq(1, int64(1)), eq("a", "a"), eq("a", "b"))
	println(eq(nil, nil), eq(nil, 0), eq(Key{1, "x"}, Key{1, "x"}), eq(Key{1, "x"}, Key{1, "y"}))
	println(eq(2.5, 2.5), eq(Pt{1, 2}, Pt{1, 2}), eq(Pt{0, 1}, Pt{-0.0, 1}))
	nan := 0.0
	nan = nan / nan
	println(eq(nan, nan), eq(complex(1, 2), complex(1, 2)))
	println(eq([3]int{1, 2, 3}, [3]int{1, 2, 3}), eq([2]string{"a", "b"}, [2]string{"a", "c"}))
	p := &T{1}
	println(eq(p, p), eq(p, &T{1}), eq(true, true), eq(true, false))
	println(eq(Blank{1, 2, "x"}, Blank{1, 3, "x"}))
	var i, j I = T{1}, T{1}
	println(i == j, i != j)
	j = T{2}
	println(i == j, i != j)
	pt := &PT{1}
	i, j = pt, pt
	println(i == j)
	j = &PT{1}
	println(i == j)
	var e any = T{1}
	i = T{1}
	println(e == i, i == e)
	var k I
	println(k == nil, i == nil, k == i)
	println(e == T{1}, e != T{2}, T{1} == e)
	var x any = 5
	println(x == 5, x != 5, 5 == x, x == "5")
	var nested any = any(3)
	println(nested == 3)
	arr := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	println(arr == arr2)
	arr2[1] = "b"
	println(arr == arr2)
	type S struct {
		v any
		n int
	}
	println(S{1, 2} == S{1, 2}, S{"x", 1} == S{1, 1})
	println(eq(S{1, 2}, S{1, 2}))
	var ch any = int8(3)
	println(ch == int8(3), ch == int16(3))
	var u8 any = uint8(200)
	println(u8 == uint8(200))
}

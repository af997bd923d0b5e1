package main

type I interface{ M() string }
type T int

func (t T) M() string { return "T" }

type P struct{ x int }

func (p *P) M() string { return "P" }

type Color uint8

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case int8, int16, int32:
		_ = x
		return "small int"
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + x
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		if x > 1 {
			return "big float"
		}
		return "float"
	case I:
		return "I " + x.M()
	case []int:
		if len(x) > 2 {
			break
		}
		return "short slice"
	case Color:
		return "color"
	case error:
		return "error " + x.Error()
	default:
		return "other"
	}
	return "long slice"
}

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg }

func classify(i I) int {
	switch i.(type) {
	case T:
		return 1
	case *P:
		return 2
	}
	return 0
}

func sum(vals ...any) int {
	s := 0
	for _, v := range vals {
		switch n := v.(type) {
		case int:
			s += n
		case T:
			s += int(n) * 10
		case *P:
			s += n.x * 100
		case uint8, uint16:
			s += 1000
		}
	}
	return s
}

func main() {
	vals := []any{nil, 1, int8(2), int32(3), "", "hi", true, false, 0.5, 2.5, T(1), &P{2}, []int{1}, []int{1, 2, 3}, Color(2), myErr{"bad"}, uint(3), struct{}{}}
	for _, v := range vals {
		println(describe(v))
	}
	println(classify(T(3)), classify(&P{}), classify(nil))
	println(sum(1, 2, T(3), &P{4}, uint8(1), uint16(2), "x"))
	var i I = T(9)
	switch v := i.(type) {
	case T:
		println("T value", int(v))
	}
	switch i.(type) {
	default:
		println("default first")
	case *P:
		println("P")
	}
	for k := 0; k < 3; k++ {
		switch any(k).(type) {
		case int:
			if k == 1 {
				continue
			}
			println("k", k)
		}
	}
}

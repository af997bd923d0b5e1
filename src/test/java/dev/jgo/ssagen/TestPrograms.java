package dev.jgo.ssagen;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Go programs of {@link RunTest}, by name. Each prints with print/println and may end in a panic. */
final class TestPrograms {
    private TestPrograms() {}

    static final Map<String, String> ALL = new LinkedHashMap<>();

    private static void add(String name, String body) {
        ALL.put(name, "package main\n\n" + body);
    }

    static {
        add("loops", """
                func sum(n int) int {
                	s := 0
                	for i := 0; i < n; i++ {
                		if i%2 == 0 && i > 3 || i == 1 {
                			s += i
                		}
                	}
                	return s
                }

                func main() {
                	println(sum(10), "x", 1.5, true, -7)
                	x := 0
                outer:
                	for i := 0; ; i++ {
                		for j := 0; j < 10; j++ {
                			if j == 3 {
                				continue outer
                			}
                			if i == 4 {
                				break outer
                			}
                			x += j
                		}
                	}
                	println(x)
                	i := 0
                loop:
                	if i < 5 {
                		i++
                		goto loop
                	}
                	println(i)
                }
                """);
        add("integers", """
                func main() {
                	var a int8 = 127
                	a++
                	var b uint8 = 0
                	b--
                	var c int16 = -32768
                	c = -c
                	var d uint32 = 1 << 31
                	d *= 2
                	var e int64 = -9223372036854775808
                	var m1 int64 = -1
                	println(a, b, c, d, e/m1, e%m1)
                	var s uint = 70
                	var x int32 = -5
                	println(x>>1, uint32(x)>>1, x<<s, x>>s, uint64(1)<<63, int8(-128)/int8(m1))
                	println(7/2, -7/2, 7%-3, -7%3, uint8(200)/3, 0xff&^0x0f)
                	var u8 uint8 = 250
                	println(int(u8), int8(u8), uint16(int8(u8)), int64(uint32(x)), ^x, ^u8)
                }
                """);
        add("floats", """
                func main() {
                	var f float64 = 1.5
                	var g float32 = 0.1
                	println(f*3, g*3, f/0.7, -f, float32(f)/3)
                	var i int = -7
                	var u uint64 = 1<<63 + 5
                	println(float64(i), float32(i), float64(u), int(f*3.9), uint64(float64(u)), uint8(f*100))
                	var c complex128 = complex(1, 2)
                	d := c * c
                	println(c, d, real(d), imag(d), c/complex(0, 1), c == d, c != d)
                	var c64 complex64 = 3 + 4i
                	println(c64*c64, complex128(c64))
                	z := 0.0
                	println(1/z, -1/z, z/z, f < 2, f >= 2)
                }
                """);
        add("strings", """
                func main() {
                	s := "héllo, 世界"
                	t := s + "!" + s[1:3]
                	println(len(s), len(t), t, s[0], s[7:], s < t, s == t, "abc" < "abd", s != "x")
                	for i, r := range s {
                		print(i, ":", r, " ")
                	}
                	println()
                	b := []byte(s)
                	b[0] = 'H'
                	rs := []rune(s)
                	println(string(b), len(rs), string(rs[1:3]), string(rune(19990)), string(b[:2]))
                	parts := "a" + "b" + s + s + s + s + s + "z"
                	println(parts)
                	bad := string([]byte{0xff, 'a', 0xe4, 0xb8})
                	for i, r := range bad {
                		print(i, r, ";")
                	}
                	println()
                }
                """);
        add("slices", """
                func main() {
                	var s []int
                	for i := 0; i < 20; i++ {
                		s = append(s, i*i)
                		print(cap(s), " ")
                	}
                	println()
                	t := s[2:5]
                	u := s[3:6:7]
                	t[1] = -1
                	println(len(t), cap(t), len(u), cap(u), u[0], s[3])
                	m := make([]int, 3, 10)
                	n := copy(m, s)
                	println(n, m[0], m[1], m[2], len(m))
                	m = append(m, 7, 8, 9)
                	m = append(m, s...)
                	println(len(m), cap(m), m[5], m[8])
                	bs := append([]byte("ab"), "cd"...)
                	println(string(bs))
                	lit := []string{"x", 2: "z"}
                	println(len(lit), lit[0], lit[1] == "", lit[2])
                	var arr [5]int
                	for i := range arr {
                		arr[i] = i * 10
                	}
                	as := arr[1:4]
                	as[0] = 99
                	println(arr[1], len(as), cap(as))
                	sum := 0
                	for _, v := range arr {
                		sum += v
                	}
                	println(sum, s == nil, as != nil)
                }
                """);
        add("structsAndPointers", """
                type Point struct {
                	X, Y int
                }

                type Rect struct {
                	Min, Max Point
                	Name     string
                }

                func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

                func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

                func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

                func newPoint(x, y int) *Point { return &Point{X: x, Y: y} }

                func main() {
                	p := Point{1, 2}
                	q := p
                	q.X = 10
                	println(p.X, p.Y, q.X, q.Y, p == q, p != q)
                	p.Scale(3)
                	r := p.Add(q)
                	println(p.X, p.Y, r.X, r.Y)
                	rect := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "box"}
                	println(rect.Area(), rect.Name, rect.Max.Y)
                	pp := newPoint(7, 8)
                	pp.Scale(2)
                	pp.Y++
                	println(pp.X, pp.Y, (*pp).Add(p).X)
                	ip := new(int)
                	*ip = 42
                	x := 5
                	px := &x
                	*px += *ip
                	println(x, *ip)
                	arr := [3]Point{{1, 1}, {2, 2}}
                	arr[2].X = 9
                	brr := arr
                	brr[0].Y = 100
                	println(arr[0].Y, brr[0].Y, arr[2].X, arr == brr)
                	ps := []Point{{1, 2}, {3, 4}}
                	ps[1].Scale(10)
                	println(ps[1].X, len(ps))
                	var np *Point
                	println(np == nil)
                	println(np.X)
                }
                """);
        add("globalsAndInit", """
                var a = b + 1
                var b = f()
                var c, d = two()
                var counter int
                var table = [3]string{"zero", "one", "two"}

                func f() int { counter++; return 41 }

                func two() (int, string) { return 2, "two" }

                func init() { counter += 10 }

                func init() { println("second init", counter) }

                func main() {
                	println(a, b, c, d, counter, table[1])
                	counter = 5
                	bump()
                	println(counter)
                }

                func bump() { counter *= 2 }
                """);
        add("switches", """
                func classify(n int) string {
                	switch {
                	case n < 0:
                		return "negative"
                	case n == 0:
                		return "zero"
                	case n < 10:
                		return "small"
                	}
                	return "large"
                }

                func main() {
                	for i := 0; i < 6; i++ {
                		switch i {
                		case 0, 1:
                			print("low ")
                		case 2:
                			print("two ")
                			fallthrough
                		case 3:
                			print("three-ish ")
                		default:
                			print("other ")
                			if i == 5 {
                				break
                			}
                			print("(not five) ")
                		}
                	}
                	println()
                	println(classify(-3), classify(0), classify(4), classify(40))
                	switch s := "go"; s + "!" {
                	case "go!":
                		println("matched")
                	}
                }
                """);
        add("callsAndResults", """
                func divmod(a, b int) (q, r int) {
                	q = a / b
                	r = a % b
                	return
                }

                func sum(base int, xs ...int) int {
                	for _, x := range xs {
                		base += x
                	}
                	return base
                }

                func swap(a, b string) (string, string) { return b, a }

                func fib(n int) int {
                	if n < 2 {
                		return n
                	}
                	return fib(n-1) + fib(n-2)
                }

                func named() (x int) {
                	defer0()
                	x = 3
                	if x > 2 {
                		return x * 2
                	}
                	return
                }

                func defer0() {}

                func main() {
                	q, r := divmod(17, 5)
                	println(q, r)
                	println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...))
                	a, b := swap("x", "y")
                	a, b = b, a
                	println(a, b)
                	println(swap(swap("p", "q")))
                	println(fib(20), named())
                }
                """);
        add("indexOutOfRange", """
                func main() {
                	s := []int{1, 2, 3}
                	i := 5
                	println(s[1])
                	println(s[i])
                }
                """);
        add("sliceOutOfRange", """
                func main() {
                	s := make([]byte, 2, 4)
                	j := 3
                	println(len(s[:j]))
                	j = 5
                	println(len(s[1:j]))
                }
                """);
        add("stringIndexNegative", """
                func at(s string, i int) byte { return s[i] }

                func main() {
                	println(at("abc", 2))
                	println(at("abc", -1))
                }
                """);
        add("shiftsAndWidths", """
                func main() {
                	var counts = []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200}
                	var i8 int8 = -100
                	var u16 uint16 = 0xabcd
                	var i32 int32 = -123456
                	var u64 uint64 = 0xfedcba9876543210
                	for _, c := range counts {
                		c8 := uint8(c)
                		c16 := int16(c)
                		println(c, i8<<c, i8>>c8, u16<<c16, u16>>c, i32<<c, i32>>c, u64<<c8, u64>>c16, int64(u64)>>c)
                	}
                	var n int = 3
                	x := 1
                	x <<= n
                	x |= 1 << 10
                	x >>= 1
                	println(x)
                }
                """);
        add("conversions", """
                type Celsius float64
                type ID int32

                func main() {
                	fs := []float64{0, 1.9, -1.9, 255.5, 256.7, -129.1, 4294967296.5, 1e19, -0.0}
                	for _, f := range fs {
                		println(int8(f), uint8(f), int32(f), uint32(f), int64(f), uint64(f), float32(f))
                	}
                	is := []int64{0, -1, 1 << 40, -1 << 62, 9007199254740993}
                	for _, i := range is {
                		println(float32(i), float64(i), uint32(i), int16(i), uint64(i), float64(uint64(i)), float32(uint64(i)))
                	}
                	c := Celsius(36.6)
                	id := ID(-5)
                	println(float64(c)+1, int(id), uint8(id), string(rune(65+id)))
                	var u32 uint32 = 4000000000
                	println(float64(u32), float32(u32), int64(u32), int32(u32))
                }
                """);
        add("threeIndexSlices", """
                func main() {
                	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
                	p := &arr
                	s := p[2:4:6]
                	println(len(s), cap(s), s[0], s[1])
                	s = append(s, 100)
                	println(arr[4], len(s), cap(s))
                	s = append(s, 101, 102)
                	println(arr[5], arr[6], len(s), cap(s))
                	for i, v := range p {
                		if i > 5 {
                			break
                		}
                		print(v, " ")
                	}
                	println()
                	lo, hi, max := 1, 3, 2
                	println(len(arr[lo:hi:max]))
                }
                """);
        add("structEquality", """
                type Inner struct {
                	A [2]int16
                	S string
                }

                type Outer struct {
                	In  Inner
                	F   float64
                	Ok  bool
                	Ptr *int
                }

                func main() {
                	x := 1
                	a := Outer{In: Inner{A: [2]int16{1, 2}, S: "s"}, F: 1.5, Ok: true, Ptr: &x}
                	b := a
                	println(a == b)
                	b.In.S = "t"
                	println(a == b, a.In == b.In, a.In.A == b.In.A)
                	b.In.S = "s"
                	b.F = 0
                	println(a == b)
                	arr1 := [3]string{"a", "b", "c"}
                	arr2 := [3]string{"a", "b", "c"}
                	println(arr1 == arr2, arr1 != arr2)
                	arr2[2] = "d"
                	println(arr1 == arr2, arr1 != arr2)
                }
                """);
        add("embedding", """
                type Base struct{ N int }

                func (b *Base) Inc()     { b.N++ }
                func (b Base) Get() int  { return b.N }

                type Mid struct {
                	Base
                	Label string
                }

                type Top struct {
                	*Mid
                	Extra int
                }

                func main() {
                	m := Mid{Base{1}, "m"}
                	m.Inc()
                	m.Inc()
                	println(m.Get(), m.N, m.Base.N)
                	t := Top{&m, 5}
                	t.Inc()
                	println(t.Get(), m.N, t.N, t.Label)
                	pm := &m
                	pm.N = 40
                	println(pm.Get(), t.Mid.Base.Get())
                }
                """);
        add("initOrder", """
                var total = sum(values)
                var values = []int{first, second, third}
                var first, second = pair()
                var third = first * 10
                var msg string

                func pair() (int, int) {
                	msg += "pair "
                	return 1, 2
                }

                func sum(xs []int) int {
                	msg += "sum "
                	t := 0
                	for _, x := range xs {
                		t += x
                	}
                	return t
                }

                func main() {
                	println(total, len(values), third, msg)
                }
                """);
        add("nilSliceOfArrayPointer", """
                func main() {
                	var p *[4]int
                	println(len(p))
                	s := p[:]
                	println(len(s))
                }
                """);
        add("makeslicePanic", """
                func main() {
                	n := -1
                	s := make([]int, 2)
                	println(len(s))
                	s = make([]int, n)
                	println(len(s))
                }
                """);
        add("panicString", """
                func check(ok bool, msg string) {
                	if !ok {
                		panic("check failed: " + msg)
                	}
                }

                func main() {
                	check(true, "fine")
                	println("ok")
                	check(1 > 2, "order")
                	println("unreachable")
                }
                """);
        add("panicCustomType", """
                type Code int

                func main() {
                	println("start")
                	panic(Code(42))
                }
                """);
        add("assignmentOrder", """
                func f(s string) int { println("call", s); return 1 }

                func idx(i int) int { println("index", i); return i }

                func main() {
                	a := [3]int{}
                	i := 1
                	a[i], a[0] = f("a"), f("b")
                	a[idx(2)], i = f("c"), f("d")
                	println(a[0], a[1], a[2], i)
                	var s []int
                	s[0] = f("e")
                }
                """);
        add("valueSemantics", """
                type Vec [3]float64

                type Particle struct {
                	Pos, Vel Vec
                	Tags     []string
                	Mass     float32
                }

                var world [2]Particle

                func move(p Particle, dt float64) Particle {
                	for i := range p.Pos {
                		p.Pos[i] += p.Vel[i] * dt
                	}
                	p.Tags = append(p.Tags, "moved")
                	return p
                }

                func (v *Vec) Scale(k float64) {
                	for i := range v {
                		v[i] *= k
                	}
                }

                func setViaPointer(x *int, v int) { *x = v }

                func named() (r int, s string) {
                	p := &r
                	*p = 5
                	s = "named"
                	return
                }

                func grid() [2][3]int {
                	var g [2][3]int
                	for i := 0; i < 2; i++ {
                		for j := 0; j < 3; j++ {
                			g[i][j] = i*10 + j
                		}
                	}
                	return g
                }

                func main() {
                	a := Particle{Pos: Vec{1, 2, 3}, Vel: Vec{1, 1, 1}, Tags: []string{"new"}, Mass: 2.5}
                	b := move(a, 0.5)
                	println(a.Pos[0], b.Pos[0], len(a.Tags), len(b.Tags), b.Tags[1], b.Mass)
                	b.Vel.Scale(3)
                	println(b.Vel[2], a.Vel[2])
                	world[1] = b
                	world[1].Pos.Scale(2)
                	println(world[1].Pos[1], b.Pos[1], world[0].Mass)
                	pair := struct {
                		A, B int
                	}{1, 2}
                	setViaPointer(&pair.B, 20)
                	println(pair.A, pair.B)
                	r, s := named()
                	println(r, s)
                	g := grid()
                	h := g
                	h[1][2] = -1
                	println(g[1][2], h[1][2], g == h, len(g), len(g[0]))
                	ps := []Particle{{Mass: 1}, {Mass: 2, Tags: []string{"x", "y"}}}
                	total := float32(0)
                	for _, p := range ps {
                		total += p.Mass
                		p.Mass = 100
                	}
                	println(total, ps[0].Mass, len(ps[1].Tags))
                	for i := range "héllo" {
                		print(i, " ")
                	}
                	println()
                	switch x := "b" + "c"; x {
                	case "bc":
                		println("string switch")
                	}
                }
                """);
        add("functionValuesAndClosures", """
                func apply(f func(int) int, x int) int { return f(x) }

                func double(x int) int { return 2 * x }

                func counter() (func() int, func()) {
                	n := 0
                	return func() int { n++; return n }, func() { n = 100 }
                }

                func main() {
                	println(apply(double, 21))
                	k := 3
                	add := func(x int) int { return x + k }
                	k = 10
                	println(apply(add, 1))
                	next, reset := counter()
                	println(next(), next(), next())
                	reset()
                	println(next())
                	var fs []func() int
                	for i := 0; i < 3; i++ {
                		j := i
                		fs = append(fs, func() int { return j * j })
                	}
                	for _, f := range fs {
                		print(f(), " ")
                	}
                	println()
                	sum := 0
                	func() {
                		for i := 1; i <= 4; i++ {
                			func() { sum += i }()
                		}
                	}()
                	println(sum)
                	var nilf func()
                	nilf()
                }
                """);
        add("methodValues", """
                type Acc struct{ n int }

                func (a *Acc) Add(k int) int { a.n += k; return a.n }

                func (a Acc) Get() int { return a.n }

                func (a Acc) Sum(xs ...int) int {
                	for _, x := range xs {
                		a.n += x
                	}
                	return a.n
                }

                func call(f func(int) int, k int) int { return f(k) }

                func main() {
                	a := Acc{1}
                	add := a.Add
                	get := a.Get
                	sum := a.Sum
                	println(call(add, 5), add(1), a.n, get())
                	a.n = 100
                	println(get(), a.Get(), sum(1, 2, 3), a.n)
                	p := &a
                	g2 := p.Get
                	p.n = 7
                	println(g2(), call(p.Add, 3))
                	getter := Acc.Get
                	adder := (*Acc).Add
                	println(getter(Acc{9}), adder(&a, 1), a.n)
                	var np *Acc
                	defer0()
                	f := np.Get
                	println(f())
                }

                func defer0() {}
                """);
        add("algorithms", """
                func sieve(n int) []int {
                	composite := make([]bool, n+1)
                	var primes []int
                	for i := 2; i <= n; i++ {
                		if composite[i] {
                			continue
                		}
                		primes = append(primes, i)
                		for j := i * i; j <= n; j += i {
                			composite[j] = true
                		}
                	}
                	return primes
                }

                func sort(xs []int) {
                	for i := 1; i < len(xs); i++ {
                		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
                			xs[j], xs[j-1] = xs[j-1], xs[j]
                		}
                	}
                }

                func reverse(s string) string {
                	r := []rune(s)
                	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
                		r[i], r[j] = r[j], r[i]
                	}
                	return string(r)
                }

                func itoa(n int) string {
                	if n == 0 {
                		return "0"
                	}
                	neg := n < 0
                	var buf [20]byte
                	i := len(buf)
                	for n != 0 {
                		d := n % 10
                		if d < 0 {
                			d = -d
                		}
                		i--
                		buf[i] = byte('0' + d)
                		n /= 10
                	}
                	if neg {
                		i--
                		buf[i] = '-'
                	}
                	return string(buf[i:])
                }

                func collatz(n uint64) (steps int) {
                	for ; n != 1; steps++ {
                		switch {
                		case n%2 == 0:
                			n /= 2
                		default:
                			n = 3*n + 1
                		}
                	}
                	return
                }

                func main() {
                	p := sieve(100)
                	println(len(p), p[len(p)-1])
                	xs := []int{5, -3, 9, 0, 2, 2, -8}
                	sort(xs)
                	s := ""
                	for _, x := range xs {
                		s += itoa(x) + ","
                	}
                	println(s, reverse("héllo, 世界"), itoa(-9223372036854775808))
                	best, arg := 0, uint64(0)
                	for n := uint64(1); n < 1000; n++ {
                		if c := collatz(n); c > best {
                			best, arg = c, n
                		}
                	}
                	println(best, arg)
                }
                """);
        add("controlFlow", """
                func main() {
                	count := 0
                rows:
                	for i := 0; i < 5; i++ {
                		for j := 0; j < 5; j++ {
                			switch {
                			case j == i:
                				continue rows
                			case i+j == 6:
                				break rows
                			case j%2 == 1:
                				continue
                			}
                			count += i*10 + j
                		}
                	}
                	println(count)
                	n := 0
                again:
                	n++
                	switch n {
                	case 1, 2:
                		goto again
                	case 3:
                		fallthrough
                	case 4:
                		n *= 10
                		if n < 100 {
                			goto again
                		}
                	}
                	println(n)
                	x := 7
                	for {
                		if x--; x < 3 {
                			break
                		}
                	}
                	println(x, !(x > 1) || x == 2 && x != 3)
                }
                """);
        add("emptyInterfaces", """
                type Name string

                func pick(a, b interface{}, first bool) any {
                	if first {
                		return a
                	}
                	return b
                }

                func main() {
                	var x any = 5
                	x = pick(x, Name("gopher"), false)
                	values := []any{1.5, "s", nil}
                	println(len(values), values[2] == nil)
                	panic(x)
                }
                """);
        add("divideByZero", """
                func div(a, b int) int { return a / b }

                func main() {
                	println(div(7, 2))
                	println(div(1, 0))
                }
                """);
        add("negativeShift", """
                func main() {
                	n := -1
                	println(1 << 3)
                	println(1 << n)
                }
                """);
    }
}

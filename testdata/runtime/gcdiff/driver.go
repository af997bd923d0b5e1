package main

// Differential test of jgo's runtime logic: every case runs the runtime's function (output to
// standard output) and the same operation compiled by gc (output to standard error), one line
// each. The Java side compares the two streams line by line.

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"unsafe"
)

var rng = rand.New(rand.NewSource(1))

// gcLine and ourLine write one result of each side.
func gcLine(format string, a ...any)  { fmt.Fprintf(os.Stderr, format+"\n", a...) }
func ourLine(format string, a ...any) { fmt.Fprintf(os.Stdout, format+"\n", a...) }

func main() {
	if len(os.Args) == 3 {
		panicMode(os.Args[1], os.Args[2])
		return
	}
	printing()
	utf8Cases()
	stringCases()
	sliceCases()
	complexCases()
	errorCases()
}

func floats() []float64 {
	f := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 1.0 / 3, 2.0 / 3, 1e300, -1e-300, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1),
		9.9999995, 9.99999949999, 9.9999996, 123456789, 0.5, 1e7 - 0.5, 99999995, float64(float32(0.1)),
		1e-7, 1e100, 1e-100, 12345.678}
	for i := 0; i < 3000; i++ {
		f = append(f, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 1000; i++ {
		f = append(f, (rng.Float64()-0.5)*math.Pow(10, float64(rng.Intn(40)-20)))
	}
	return f
}

func printing() {
	for _, v := range floats() {
		printfloat(v)
		printnl()
		println(v)
	}
	for _, v := range []int64{0, 1, -1, 42, math.MaxInt64, math.MinInt64, -1234567890} {
		printint(v)
		printsp()
		printuint(uint64(v))
		printnl()
		println(v, uint64(v))
	}
	for _, c := range []complex128{complex(1, 2), complex(-0.5, math.Inf(1)), complex(math.NaN(), 0)} {
		printcomplex(c)
		printnl()
		println(c)
	}
	printbool(true)
	printsp()
	printbool(false)
	printnl()
	println(true, false)
	for _, p := range []uintptr{0, 1, 0xc000012345, math.MaxUint64} {
		printpointer(unsafe.Pointer(p))
		printnl()
		println(unsafe.Pointer(p))
	}
	for _, b := range [][]byte{nil, {}, make([]byte, 3, 10), []byte("hello")} {
		printslice(b)
		printnl()
		println(b)
	}
	for _, e := range panicValues {
		printeface(e)
		printnl()
		println(e)
	}
	printstring("a\xffb\x00c")
	printnl()
	println("a\xffb\x00c")
}

// randomUTF8ish returns strings dense in the byte patterns that matter to UTF-8 decoding.
func randomUTF8ish() []string {
	interesting := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
		0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xff}
	s := []string{"", "héllo, 世界", "\U0010FFFF", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xc0\xaf"}
	for i := 0; i < 3000; i++ {
		b := make([]byte, rng.Intn(6))
		for j := range b {
			if rng.Intn(3) == 0 {
				b[j] = byte(rng.Intn(256))
			} else {
				b[j] = interesting[rng.Intn(len(interesting))]
			}
		}
		s = append(s, string(b))
	}
	return s
}

func utf8Cases() {
	for _, s := range randomUTF8ish() {
		ours := ""
		for k := 0; k < len(s); {
			var r rune
			next := k + 1
			if s[k] < 0x80 {
				r = rune(s[k])
			} else {
				r, next = decoderune(s, k)
			}
			ours += fmt.Sprintf(" %d:%x", k, r)
			k = next
		}
		theirs := ""
		for k, r := range s {
			theirs += fmt.Sprintf(" %d:%x", k, r)
		}
		ourLine("range %q:%s", s, ours)
		gcLine("range %q:%s", s, theirs)

		var buf [32]rune
		ourLine("runes %q %v %d", s, stringtoslicerune(nil, s), countrunes(s))
		gcLine("runes %q %v %d", s, []rune(s), len([]rune(s)))
		ourLine("runes-buf %q %v", s, stringtoslicerune(&buf, s))
		gcLine("runes-buf %q %v", s, []rune(s))
	}
	runeSets := [][]rune{{}, {'a', 0x10FFFF, 0x110000, -1, 0xD800, 0xDFFF, 0xE000, 0x7FF, 0x800, 0xFFFF, 0x10000}}
	for i := 0; i < 500; i++ {
		rs := make([]rune, rng.Intn(5))
		for j := range rs {
			rs[j] = rune(rng.Int31n(0x120000)) - rune(rng.Intn(2))*0x10000
		}
		runeSets = append(runeSets, rs)
	}
	for _, rs := range runeSets {
		ourLine("string(runes) %q", slicerunetostring(nil, rs))
		gcLine("string(runes) %q", string(rs))
		var tmp tmpBuf
		ourLine("string(runes) buf %q", slicerunetostring(&tmp, rs))
		gcLine("string(runes) buf %q", string(rs))
	}
	for _, v := range []int64{0, 'a', 0x7F, 0x80, 0xD7FF, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, -1, 1<<32 + 'a', math.MinInt64} {
		var b [4]byte
		ourLine("string(%d) %q %q", v, intstring(nil, v), intstring(&b, v))
		gcLine("string(%d) %q %q", v, string(v), string(v))
	}
}

// dataOf is the address of b's first byte, nil when b is empty.
func dataOf(b []byte) *byte {
	if len(b) == 0 {
		return nil
	}
	return &b[0]
}

var sink []byte

func stringCases() {
	words := []string{"", "a", "hello", "世界", "\xff", "a longer string that does not fit in thirty-two bytes"}
	pick := func() string { return words[rng.Intn(len(words))] }
	for i := 0; i < 300; i++ {
		a, b, c, d, e := pick(), pick(), pick(), pick(), pick()
		var buf tmpBuf
		ourLine("concat %q %q %q %q %q", concatstring2(nil, a, b), concatstring3(&buf, a, b, c), concatstring4(nil, a, b, c, d),
			concatstring5(nil, a, b, c, d, e), concatstrings(nil, []string{a, b, c, d, e, a}))
		gcLine("concat %q %q %q %q %q", a+b, a+b+c, a+b+c+d, a+b+c+d+e, a+b+c+d+e+a)
		ourLine("cmp %d %d", cmpstring(a, b), cmpstring(b, a))
		gcLine("cmp %d %d", sign(a, b), sign(b, a))
		ourLine("equal %v", memequal(unsafe.Pointer(dataOf([]byte(a+b))), unsafe.Pointer(dataOf([]byte(b+a))), uintptr(len(a+b))))
		gcLine("equal %v", a+b == b+a)
	}
	for _, s := range words {
		bs := stringtoslicebyte(nil, s)
		sink = []byte(s)
		ourLine("[]byte %q len %d cap %d", bs, len(bs), cap(bs))
		gcLine("[]byte %q len %d cap %d", sink, len(sink), cap(sink))
		var buf tmpBuf
		bs = stringtoslicebyte(&buf, s)
		ourLine("[]byte local %q cap %d", bs, cap(bs))
		gcLine("[]byte local %q cap %d", s, localByteCap(s))
		b := []byte(s)
		var tmp tmpBuf
		ourLine("string(bytes) %q %q", slicebytetostring(nil, dataOf(b), len(b)), slicebytetostring(&tmp, dataOf(b), len(b)))
		gcLine("string(bytes) %q %q", string(b), string(b))
	}
}

// localByteCap converts s to a []byte that does not escape, so gc uses its stack buffer.
func localByteCap(s string) int {
	b := []byte(s)
	return cap(b)
}

func sign(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// growCase appends add elements of T to a full slice of oldCap elements and reports cap.
func growCase[T any](oldCap, add int) {
	var zero T
	size := unsafe.Sizeof(zero)
	et := &_type{size: size}
	old := mallocgc(size*uintptr(oldCap), et, true)
	_, l, c := growslice(et, old, oldCap, oldCap, oldCap+add)
	ourLine("grow %d %d+%d: len %d cap %d", size, oldCap, add, l, c)
	s := make([]T, oldCap)
	s = append(s, make([]T, add)...)
	gcLine("grow %d %d+%d: len %d cap %d", size, oldCap, add, oldCap, cap(s))
}

func sliceCases() {
	// Every length up to past the largest size class, then pages: the capacity of []byte(s)
	// on the heap is roundupsize(len(s)).
	big := string(make([]byte, 100000))
	for n := 0; n < 100000; n += 1 + n/32768*997 {
		sink = []byte(big[:n])
		ourLine("cap([]byte) %d: %d", n, cap(rawbyteslice(n)))
		gcLine("cap([]byte) %d: %d", n, cap(sink))
	}
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 100, 255, 256, 257, 511, 512, 1000, 1024, 1025, 5000, 40000, 100000} {
		for _, add := range []int{1, 2, 7, n + 1, 3 * n} {
			growCase[struct{}](n, add)
			growCase[byte](n, add)
			growCase[int64](n, add)
			growCase[[3]byte](n, add)
			growCase[[5]int32](n, add)
			growCase[[24]byte](n, add)
			growCase[[100]byte](n, add)
		}
	}
}

func complexCases() {
	vals := []float64{0, math.Copysign(0, -1), 1, -2, 0.5, 3, 1e308, -1e-308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	// Which NaN an operation returns depends on operand order in registers, which is the
	// compiler's choice, so NaNs compare equal whatever their bits.
	bits := func(c complex128) string {
		f := func(x float64) string {
			if x != x {
				return "NaN"
			}
			return fmt.Sprintf("%x", math.Float64bits(x))
		}
		return f(real(c)) + " " + f(imag(c))
	}
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				for _, d := range vals {
					n, m := complex(a, b), complex(c, d)
					ourLine("%v/%v = %s", n, m, bits(complex128div(n, m)))
					gcLine("%v/%v = %s", n, m, bits(n/m))
				}
			}
		}
	}
	for i := 0; i < 2000; i++ {
		n := complex(rng.NormFloat64()*1e3, rng.NormFloat64())
		m := complex(rng.NormFloat64(), rng.NormFloat64()*1e-3)
		ourLine("%v/%v = %s", n, m, bits(complex128div(n, m)))
		gcLine("%v/%v = %s", n, m, bits(n/m))
	}
}

// ours runs a runtime function that ends the program and returns what it printed before
// exiting, with the exit status.
func ours(f func()) (status exitStatus) {
	testG._panic = nil // the previous case's panic, never ended: exit unwound it
	defer func() { status = recover().(exitStatus) }()
	f()
	return 0
}

// gcPanics runs f and returns the run-time error it panicked with.
func gcPanics(f func()) (msg string) {
	defer func() { msg = recover().(error).Error() }()
	f()
	return ""
}

// gcReport is what gc prints for an unrecovered run-time error, up to the traceback.
func gcReport(f func()) string {
	return "panic: " + gcPanics(f) + "\n\ngoroutine 1 [running]:\n"
}

var ints = []int{-1 << 63, -5, -1, 0, 1, 2, 3, 5, 100, 1<<63 - 1}

func errorCases() {
	for _, x := range ints {
		for _, y := range []int{0, 1, 3} {
			s := make([]int, y, y)
			str := string(make([]byte, y))
			arr := [3]int{}
			if x < 0 || x >= y {
				run("index", x, y, 0, func() { _ = s[x] })
				run("index unsigned", x, y, 1, func() { _ = s[uint(x)] })
			}
			if x < 0 || x > y {
				run("slice cap", x, y, 4, func() { _ = s[:x] })
				run("slice cap unsigned", x, y, 5, func() { _ = s[:uint(x)] })
				run("string slice", x, y, 2, func() { _ = str[:x] })
				run("slice3 cap", x, y, 10, func() { _ = s[0:0:x] })
				run("slice3 cap unsigned", x, y, 11, func() { _ = s[0:0:uint(x)] })
			}
			if x < 0 || x > 3 {
				// gc reports an array's bound as a length, in both slice forms.
				run("array slice", x, 3, 2, func() { _ = arr[:x] })
				run("array slice3", x, 3, 8, func() { _ = arr[0:0:x] })
			}
			if x < 0 || x > y && y <= 3 {
				j := y
				run("slice low", x, j, 6, func() { _ = s[x:j] })
				run("slice low unsigned", x, j, 7, func() { _ = s[uint(x):j] })
				run("slice3 high", x, j, 12, func() { _ = s[0:x:j] })
				run("slice3 low", x, j, 14, func() { _ = s[x:j:j] })
			}
		}
	}
	for _, y := range []int{0, 1, 3} {
		s := make([]int, y)
		run("convert", 4, y, 16, func() { _ = (*[4]int)(s) })
	}
	zero := 0
	shift := -1
	var nilp *int
	report("panicdivide", panicdivide, func() { _ = 1 / zero })
	report("panicshift", panicshift, func() { _ = 1 << shift })
	report("panicmem", panicmem, func() { _ = *nilp })
	for _, lc := range [][2]int{{-1, 5}, {6, 5}, {1 << 62, 1 << 62}, {1, 1 << 62}, {5, -1}} {
		l, c := lc[0], lc[1]
		report(fmt.Sprint("makeslice ", l, c), func() { makeslice(&_type{size: 8}, l, c) }, func() { _ = make([]int, l, c) })
	}
}

// run compares the report of one bounds failure: goPanicBounds with the kind the compiler
// passes, and the error gc raises for the operation.
func run(what string, x, y, kind int, op func()) {
	report(fmt.Sprint(what, " ", x, " ", y), func() { goPanicBounds(x, y, kind) }, op)
}

// report compares the output and exit status of one of the runtime's panics with gc's.
func report(what string, ourF, gcOp func()) {
	ourLine("%s:", what)
	st := ours(ourF)
	ourLine("exit %d", st)
	gcLine("%s:", what)
	os.Stderr.WriteString(gcReport(gcOp))
	gcLine("exit 2")
}

// panicValues are the values of panic(v) that the runtime must report as gc does.
var panicValues = []any{nil, true, false, 5, -5, int8(-3), int16(300), int32(-7), int64(1 << 40), uint(3),
	uint8(200), uint16(9), uint32(1 << 31), uint64(1 << 63), uintptr(7), float32(1.5), 2.5, -0.0,
	complex64(1 + 2i), complex(3, -4), "boom", "", "two\nlines"}

// faultAddrs are the addresses of the faults compared: nil, and one that is not nil.
var faultAddrs = []uintptr{0, 8, 0x5000}

// fault delivers a SIGSEGV at addr to sighandler the way the kernel does, with a ucontext
// whose saved PC and SP are those of a goroutine, checks that the goroutine was sent to
// sigpanic as if called from the faulting PC, and then runs sigpanic.
func fault(addr uintptr) {
	const pc = 0x401234
	var stack [16]uintptr
	var ctx [ucontextRIP + 8]byte
	sp := uintptr(unsafe.Pointer(&stack[8]))
	*(*uintptr)(unsafe.Pointer(&ctx[ucontextRSP])) = sp
	*(*uintptr)(unsafe.Pointer(&ctx[ucontextRIP])) = pc
	info := siginfo{signo: _SIGSEGV, code: 1, addr: addr}
	sighandler(_SIGSEGV, &info, unsafe.Pointer(&ctx[0]), &testG)
	newSP := *(*uintptr)(unsafe.Pointer(&ctx[ucontextRSP]))
	if newSP != sp-8 || stack[7] != pc || *(*uintptr)(unsafe.Pointer(&ctx[ucontextRIP])) != fakeSigpanicPC {
		panic("sighandler did not redirect the goroutine to sigpanic")
	}
	sigpanic()
}

// panicMode runs one panic in a process of its own: "gc i" panics with gc's runtime (report on
// standard error), "ours i" with gopanic (report on standard output); "gc-fault i" and
// "ours-fault i" do the same for a memory fault; "count -" prints the number of values.
func panicMode(mode, arg string) {
	var i int
	fmt.Sscan(arg, &i)
	switch mode {
	case "count":
		fmt.Println(len(panicValues))
	case "gc":
		panic(panicValues[i])
	case "gc-fault":
		println(*(*int)(unsafe.Pointer(faultAddrs[i])))
	case "ours-fault":
		os.Exit(int(ours(func() { fault(faultAddrs[i]) })))
	case "ours":
		os.Exit(int(ours(func() { gopanic(panicValues[i]) })))
	}
}

// Exercises fmt's verbs, flags, widths and precisions on the values it handles without
// reflection, and sort, time.Duration, sync and os.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type stringer struct{ s string }

func (s stringer) String() string { return "S<" + s.s + ">" }

type failing struct{}

func (failing) String() string { panic("boom") }

type goStringer int

func (goStringer) GoString() string { return "GoString!" }

type celsius float64

func (c celsius) Format(f fmt.State, verb rune) {
	// The values are only meaningful when set: gc keeps stale ones otherwise.
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "C[%c %d %v %d %v %v%v%v]", verb, w, wok, p, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'))
}

func main() {
	values := []any{true, false, 0, 42, -42, int8(-8), int16(300), int32(-70000), int64(1) << 40, uint(7), uint8(200), uint16(65535),
		uint32(1) << 31, uint64(1) << 63, uintptr(0x1234), 3.14159, -0.0, 1e21, 1e-7, float32(1.1), math.Inf(1), math.Inf(-1), math.NaN(),
		complex(1, -2), complex64(complex(0.5, 0.25)), "hello", "", "日本\x00\"q", []byte("bytes"), 'x', '日',
		nil, []int{1, -2}, []string{"a", "b c"}, []float64{0.5, 2}, []any{1, "a", nil, 2.5}, []bool{true}}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b",
		"%c", "%q", "%U", "%#U", "%e", "%E", "%f", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+.1e", "%g", "%G", "%.3g", "%10.4g", "%s",
		"%10s", "%-10s|", "%.2s", "%x", "% x", "%#x", "%# x", "%X", "%t", "%5t", "%w", "%!", "%z", "%6.2v", "%+q", "%#q"}
	for _, v := range values {
		for _, verb := range verbs {
			fmt.Printf("%s\t"+verb+"\n", verb, v)
		}
	}
	// Values with methods, whose other verbs or %T need reflection.
	for _, v := range []any{errors.New("an error"), stringer{"x"}, failing{}, celsius(21.5)} {
		for _, verb := range []string{"%v", "%+v", "%s", "%q", "%x", "%X", "%10s", "%-10s|", "%.2s", "%+q"} {
			fmt.Printf("%s\t"+verb+"\n", verb, v)
		}
	}
	fmt.Printf("%#v %#v\n", goStringer(3), []any{goStringer(4)})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil, "c"), fmt.Sprintln("x", 1))
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%*d\n", "x", 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("100%%\n")
	fmt.Printf("%.0d|%.0d|%.3d|%8.3d\n", 0, 5, 7, -7)
	fmt.Printf("%6.2f|%-8.3e|%+g|% g\n", math.Pi, math.E, 2.5, 2.5)
	fmt.Printf("%x %X %#x\n", "héllo", []byte{1, 171}, "ab")
	inner := errors.New("inner")
	w := fmt.Errorf("wrapped: %w", inner)
	fmt.Println(w, errors.Unwrap(w) == inner, errors.Is(w, inner))
	w2 := fmt.Errorf("no wrap: %v", inner)
	fmt.Println(w2, errors.Unwrap(w2) == nil)
	fmt.Println(fmt.Errorf("bad %w", "notanerror"))
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%s=%d", "k", 5)
	fmt.Println(n, err, sb.String())
	fmt.Fprint(os.Stdout, "to stdout", 1, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")

	ints := []int{5, 2, 8, -1, 2, 9, 0, 3, 3, 100, -50, 7, 6, 4, 1, 22, 18, 19, 11, 13, 12, 15, 14, 17, 16, 10}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 1000))
	strs := []string{"pear", "apple", "fig", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"), sort.StringsAreSorted(strs))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	type pair struct{ k, v int }
	pairs := make([]int, 200)
	for i := range pairs {
		pairs[i] = (i * 7919) % 31
	}
	sort.Stable(sort.IntSlice(pairs))
	fmt.Println(pairs, sort.Search(100, func(i int) bool { return i*i >= 50 }))

	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		time.Hour + time.Nanosecond, -3 * time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour} {
		fmt.Println(d, d.String(), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(),
			d.Truncate(time.Second), d.Round(time.Second), d.Round(7*time.Millisecond), d.Abs())
	}
	<-time.After(time.Millisecond)
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println(time.Tick(0) == nil)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond, time.Unix(5, 1500000000).UnixNano(), time.Unix(0, 0).Add(time.Second).Unix())

	var mu sync.Mutex
	var wg sync.WaitGroup
	var once sync.Once
	var counter int64
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			atomic.AddInt64(&counter, 2)
			mu.Unlock()
			once.Do(func() { fmt.Println("once") })
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), mu.TryLock(), mu.TryLock())
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	var v atomic.Int64
	v.Add(5)
	fmt.Println(v.Load(), v.CompareAndSwap(5, 6), v.Swap(9), v.Load())
	fmt.Println(len(os.Args) > 0, os.Getenv("JGO_UNSET_VARIABLE") == "", len(os.Environ()) > 0)
	if _, err := os.Open("/nonexistent/file"); err != nil {
		fmt.Println(err)
	}
	os.Stdout.WriteString("bye\n")
	os.Exit(3)
}

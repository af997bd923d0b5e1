package main

// The fixed part of the dynamic ABI check's harness, built by gc. The generated part declares
// imageBase and cases: for each signature, a function that fills random arguments, calls jgo's
// code for that signature through a func value and compares what crossed the boundary.
//
// Usage: harness IMAGE [POSITION...], where the positions name cases to skip (known to crash).
//
// jgo's code runs on this goroutine's stack and calls back into gc code, and neither the garbage
// collector nor a stack copy may walk through its frames (gc's tables do not know them): the
// collector is off and the stack is grown once, before the first call, far beyond what any case
// needs.

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"syscall"
	"unsafe"
)

const mapFixedNoReplace = 0x100000

// counter implements the one non-empty interface the signature generator uses.
type counter struct{ n int64 }

func (c *counter) M(int, string) bool { return c.n != 0 }

// closures keeps the closure objects of jgo's functions reachable.
var closures []*uintptr

// values counts the leaf values compared.
var values int

// loadImage maps jgo's code image at imageBase, where it was linked, and returns its entry
// addresses: the image starts with their count and then lists them.
func loadImage(path string) []uintptr {
	data, err := os.ReadFile(path)
	if err != nil {
		fail(err.Error())
	}
	size := uintptr(len(data)+4095) &^ 4095
	addr, _, errno := syscall.Syscall6(syscall.SYS_MMAP, imageBase, size, syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS|mapFixedNoReplace, ^uintptr(0), 0)
	if errno != 0 || addr != imageBase {
		fail(fmt.Sprintf("cannot map the image at %#x: got %#x, %v", imageBase, addr, errno))
	}
	mem := unsafe.Slice((*byte)(unsafe.Pointer(addr)), size)
	copy(mem, data)
	if _, _, errno := syscall.Syscall(syscall.SYS_MPROTECT, addr, size, syscall.PROT_READ|syscall.PROT_EXEC); errno != 0 {
		fail("mprotect: " + errno.Error())
	}
	n := *(*uint64)(unsafe.Pointer(&mem[0]))
	return unsafe.Slice((*uintptr)(unsafe.Pointer(&mem[8])), n)
}

// jgoFunc makes the func variable at fp call the code at entry: a func value points at a closure
// whose first word is the code address (gc passes the closure in DX; jgo's code ignores it).
func jgoFunc(fp unsafe.Pointer, entry uintptr) {
	c := new(uintptr)
	*c = entry
	closures = append(closures, c)
	*(*unsafe.Pointer)(fp) = unsafe.Pointer(c)
}

// fill sets *p to random values: random bits for numbers (NaNs included), distinct fresh objects
// for everything that points, now and then nil, so that a value that lands in the wrong place
// shows.
func fill(p interface{}, r *rand.Rand) {
	fillValue(reflect.ValueOf(p).Elem(), r)
}

func fillValue(v reflect.Value, r *rand.Rand) {
	t := v.Type()
	nilNow := r.Intn(8) == 0
	switch t.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fillValue(settable(v.Field(i)), r)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fillValue(v.Index(i), r)
		}
	case reflect.Bool:
		v.SetBool(r.Intn(2) == 1)
	case reflect.String:
		if !nilNow {
			v.SetString("s" + strconv.FormatInt(r.Int63(), 36))
		}
	case reflect.Ptr:
		if !nilNow {
			v.Set(reflect.New(t.Elem()))
		}
	case reflect.UnsafePointer:
		if !nilNow {
			v.SetPointer(unsafe.Pointer(new(int64)))
		}
	case reflect.Slice:
		if !nilNow {
			n := r.Intn(4)
			v.Set(reflect.MakeSlice(t, n, n+r.Intn(3)))
		}
	case reflect.Map:
		if !nilNow {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Chan:
		if !nilNow {
			v.Set(reflect.MakeChan(reflect.ChanOf(reflect.BothDir, t.Elem()), 0).Convert(t))
		}
	case reflect.Func:
		if !nilNow {
			v.Set(reflect.MakeFunc(t, func([]reflect.Value) []reflect.Value { panic("not called") }))
		}
	case reflect.Interface:
		if nilNow {
			return
		}
		if t.NumMethod() > 0 {
			v.Set(reflect.ValueOf(&counter{r.Int63()}))
		} else if r.Intn(2) == 0 {
			v.Set(reflect.ValueOf(r.Int63()))
		} else {
			v.Set(reflect.ValueOf("e" + strconv.Itoa(r.Int())))
		}
	default: // the numbers: raw random bits
		r.Read(raw(v))
	}
}

// settable is v (an addressable field, perhaps unexported) as a value fill may set.
func settable(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// raw is the memory of the addressable value v.
func raw(v reflect.Value) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(v.UnsafeAddr())), v.Type().Size())
}

// check compares *got with *want (structs of the same type) leaf by leaf, bit for bit (pointer words included, so a value
// must be the very same object, not an equal one) and prints every difference; it returns their
// number.
func check(what string, got, want interface{}) int {
	var out []string
	g, w := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := 0; i < g.NumField(); i++ {
		diff(what+" "+g.Type().Field(i).Name, g.Field(i), w.Field(i), &out)
	}
	for _, line := range out {
		fmt.Println("mismatch", line)
	}
	return len(out)
}

func diff(path string, got, want reflect.Value, out *[]string) {
	switch got.Kind() {
	case reflect.Struct:
		for i := 0; i < got.NumField(); i++ {
			diff(path+"."+got.Type().Field(i).Name, got.Field(i), want.Field(i), out)
		}
	case reflect.Array:
		for i := 0; i < got.Len(); i++ {
			diff(path+"["+strconv.Itoa(i)+"]", got.Index(i), want.Index(i), out)
		}
	default:
		values++
		if g, w := raw(got), raw(want); string(g) != string(w) {
			*out = append(*out, fmt.Sprintf("%s (%s): got %x want %x", path, got.Type(), g, w))
		}
	}
}

// grow makes the goroutine's stack large (about 64 KiB per level) while the collector, which
// would shrink it again, is off.
//
//go:noinline
func grow(n int) byte {
	var buf [64 << 10]byte
	buf[n] = byte(n)
	if n > 0 {
		return grow(n-1) + buf[n]
	}
	return buf[0]
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "harness:", msg)
	os.Exit(3)
}

func main() {
	debug.SetGCPercent(-1)
	entries := loadImage(os.Args[1])
	if len(entries) != len(cases) {
		fail(fmt.Sprintf("image has %d functions, harness %d cases", len(entries), len(cases)))
	}
	skip := map[int]bool{} // positions of cases known to crash, from the command line
	for _, arg := range os.Args[2:] {
		i, err := strconv.Atoi(arg)
		if err != nil {
			fail("bad case position " + arg)
		}
		skip[i] = true
	}
	grow(64)
	mismatches, run := 0, 0
	for i, c := range cases {
		if skip[i] {
			continue
		}
		run++
		fmt.Println("case", i)
		mismatches += c(entries[i], rand.New(rand.NewSource(int64(i)*7919+1)))
	}
	fmt.Printf("checked %d cases, %d values, %d mismatches\n", run, values, mismatches)
}

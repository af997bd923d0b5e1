package runtime

// The runtime's exported API that programs call. With one goroutine on one thread and no
// garbage collector, most of it has nothing to do yet; each function says what it does now.

// GOOS and GOARCH name the only target jgo builds for.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// MemProfileRate is the sampling rate of the memory profiler: 0, as jgo does not profile
// (gc's default is 512 KiB; the runtime has no package initialization to set it).
var MemProfileRate int

// Error is the interface of run-time errors.
type Error interface {
	error
	RuntimeError()
}

// GC runs a garbage collection: there is no collector yet, so it returns at once.
func GC() {}

// Gosched yields the processor: with one goroutine there is no one to yield to.
func Gosched() {}

// GOMAXPROCS reports 1, the number of threads running Go code, and ignores n: jgo runs one.
func GOMAXPROCS(n int) int { return 1 }

// NumGoroutine is 1: goroutines come later.
func NumGoroutine() int { return 1 }

// KeepAlive keeps x reachable up to the call; without a collector everything stays alive.
func KeepAlive(x any) {}

// SetFinalizer would run finalizer when obj becomes unreachable; without a collector nothing
// becomes unreachable, so finalizers never run (gc does not promise that they run either).
func SetFinalizer(obj any, finalizer any) {}

// Caller and Callers need the linker's pc→function tables: until they exist they report
// that no frame information is available.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) { return 0, "", 0, false }
func Callers(skip int, pc []uintptr) int                        { return 0 }

// Breakpoint executes a breakpoint trap (asm_amd64.s).
func Breakpoint()

// MemStats has gc's fields. ReadMemStats fills the ones a bump allocator knows: the bytes
// and blocks handed out and the memory mapped; nothing is ever freed or collected.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	m.Alloc = heapStats.allocated
	m.TotalAlloc = heapStats.allocated
	m.HeapAlloc = heapStats.allocated
	m.Mallocs = heapStats.allocations
	m.HeapObjects = heapStats.allocations
	m.Sys = heapStats.mapped
	m.HeapSys = heapStats.mapped
	m.HeapInuse = heapStats.mapped
}

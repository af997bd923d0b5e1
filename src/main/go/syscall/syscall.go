// Package syscall is jgo's interface to the Linux kernel: raw system calls (in assembly,
// ABI0) and the few wrappers the rest of the standard library needs.
package syscall

import "unsafe"

// RawSyscall6 makes system call trap with six arguments. It is implemented in assembly.
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)

// RawSyscall makes system call trap with three arguments.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, 0, 0, 0)
}

// Syscall and Syscall6 are the calls that may block. They do not yet tell the scheduler
// (there is a single thread), so they are the raw calls.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, 0, 0, 0)
}

func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, a4, a5, a6)
}

// System call numbers of linux/amd64.
const (
	SYS_READ          = 0
	SYS_WRITE         = 1
	SYS_OPEN          = 2
	SYS_CLOSE         = 3
	SYS_NANOSLEEP     = 35
	SYS_GETPID        = 39
	SYS_EXIT          = 60
	SYS_CLOCK_GETTIME = 228
	SYS_EXIT_GROUP    = 231
)

// Standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Flags of open(2).
const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_CREAT  = 0x40
	O_TRUNC  = 0x200
	O_APPEND = 0x400
)

// errnoErr returns nil for 0, so that callers can return it as an error.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func bytePointer(p []byte) uintptr {
	if len(p) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bytePointer(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Write writes p to fd, returning the number of bytes written.
func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bytePointer(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Open opens the file at path.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall(SYS_OPEN, uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(perm))
	return int(r), errnoErr(e)
}

// Close closes fd.
func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Exit ends the process with the status code; it does not return.
func Exit(code int) {
	RawSyscall(SYS_EXIT_GROUP, uintptr(code), 0, 0)
}

// Getpid returns the process id.
func Getpid() (pid int) {
	r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Nano returns ts in nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// NsecToTimespec converts nanoseconds to a Timespec.
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec -= sec * 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// Nanosleep sleeps for *time; when interrupted, *leftover receives the rest.
func Nanosleep(time *Timespec, leftover *Timespec) (err error) {
	_, _, e := Syscall(SYS_NANOSLEEP, uintptr(unsafe.Pointer(time)), uintptr(unsafe.Pointer(leftover)), 0)
	return errnoErr(e)
}

// ByteSliceFromString returns s with a terminating NUL, or EINVAL when s contains one.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to s with a terminating NUL.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

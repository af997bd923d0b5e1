package syscall

// Signal is a Unix signal number.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string { return "signal " + itoa(int(s)) }

const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGILL  = Signal(0x4)
	SIGTRAP = Signal(0x5)
	SIGABRT = Signal(0x6)
	SIGBUS  = Signal(0x7)
	SIGFPE  = Signal(0x8)
	SIGKILL = Signal(0x9)
	SIGUSR1 = Signal(0xa)
	SIGSEGV = Signal(0xb)
	SIGUSR2 = Signal(0xc)
	SIGPIPE = Signal(0xd)
	SIGALRM = Signal(0xe)
	SIGTERM = Signal(0xf)
	SIGCHLD = Signal(0x11)
)

const (
	SYS_KILL = 62
)

// Kill sends sig to the process pid.
func Kill(pid int, sig Signal) (err error) {
	_, _, e := RawSyscall(SYS_KILL, uintptr(pid), uintptr(sig), 0)
	return errnoErr(e)
}

// Getpagesize returns the memory page size of linux/amd64.
func Getpagesize() int { return 4096 }

package syscall

// Errno is a Linux error number; as an error its text is the C library's description.
type Errno uintptr

func (e Errno) Error() string {
	if 0 < int(e) && int(e) < len(errorTexts) && errorTexts[e] != "" {
		return errorTexts[e]
	}
	return "errno " + itoa(int(e))
}

// Temporary and Timeout classify errors as Go's do.
func (e Errno) Temporary() bool { return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout() }
func (e Errno) Timeout() bool   { return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT }

const (
	EPERM       Errno = 1
	ENOENT      Errno = 2
	ESRCH       Errno = 3
	EINTR       Errno = 4
	EIO         Errno = 5
	ENXIO       Errno = 6
	E2BIG       Errno = 7
	ENOEXEC     Errno = 8
	EBADF       Errno = 9
	ECHILD      Errno = 10
	EAGAIN      Errno = 11
	ENOMEM      Errno = 12
	EACCES      Errno = 13
	EFAULT      Errno = 14
	EBUSY       Errno = 16
	EEXIST      Errno = 17
	EXDEV       Errno = 18
	ENODEV      Errno = 19
	ENOTDIR     Errno = 20
	EISDIR      Errno = 21
	EINVAL      Errno = 22
	ENFILE      Errno = 23
	EMFILE      Errno = 24
	ENOTTY      Errno = 25
	EFBIG       Errno = 27
	ENOSPC      Errno = 28
	ESPIPE      Errno = 29
	EROFS       Errno = 30
	EMLINK      Errno = 31
	EPIPE       Errno = 32
	EDOM        Errno = 33
	ERANGE      Errno = 34
	ENOSYS      Errno = 38
	EWOULDBLOCK Errno = 11
	ETIMEDOUT   Errno = 110
)

var errorTexts = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	3:   "no such process",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	7:   "argument list too long",
	8:   "exec format error",
	9:   "bad file descriptor",
	10:  "no child processes",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	16:  "device or resource busy",
	17:  "file exists",
	18:  "invalid cross-device link",
	19:  "no such device",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	25:  "inappropriate ioctl for device",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	30:  "read-only file system",
	31:  "too many links",
	32:  "broken pipe",
	33:  "numerical argument out of domain",
	34:  "numerical result out of range",
	38:  "function not implemented",
	110: "connection timed out",
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(buf[i:])
		}
	}
}

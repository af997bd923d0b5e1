package os

import (
	"io"
	"syscall"
)

// File is an open file descriptor.
type File struct {
	*file // a pointer, so that copies of a File share its closed state
}

type file struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a File for the descriptor fd, or nil when fd is negative.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name}}
}

// The standard streams.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// Flags of OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_TRUNC  int = syscall.O_TRUNC
)

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file for writing.
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// OpenFile opens the named file with the flags and, when creating it, the permissions.
func OpenFile(name string, flag int, perm uint32) (*File, error) {
	fd, err := syscall.Open(name, flag|0x80000, perm) // O_CLOEXEC
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return NewFile(uintptr(fd), name), nil
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes b, retrying until all of it is written or an error occurs.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, err := syscall.Write(f.fd, b[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, &PathError{Op: "write", Path: f.name, Err: err}
		}
		n += m
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Read reads up to len(b) bytes; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		n, err = syscall.Read(f.fd, b)
		if err != syscall.EINTR {
			break
		}
	}
	switch {
	case err != nil:
		return 0, &PathError{Op: "read", Path: f.name, Err: err}
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	if err := syscall.Close(f.fd); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

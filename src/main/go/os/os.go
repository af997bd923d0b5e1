// Package os is the operating system interface: arguments, environment, exit, and files
// (only the standard streams and reading or writing open files so far).
package os

import (
	"errors"
	"syscall"
	_ "unsafe" // for go:linkname
)

// runtime_args returns the command-line arguments; the runtime provides it under this name,
// as gc's runtime does.
//
//go:linkname runtime_args os.runtime_args
func runtime_args() []string

// Args holds the command-line arguments, the program name first.
var Args []string

func init() { Args = runtime_args() }

// Exit ends the program with the status code at once: deferred functions do not run.
func Exit(code int) { syscall.Exit(code) }

// Getenv returns the value of the environment variable key, empty when it is unset.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) { return syscall.Getenv(key) }

// Environ returns the environment as key=value strings.
func Environ() []string { return syscall.Environ() }

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }

// Errors of file operations; Go defines them in io/fs, which jgo does not have yet.
var (
	ErrInvalid = errors.New("invalid argument")
	ErrClosed  = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it. (In Go it is
// io/fs.PathError.)
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

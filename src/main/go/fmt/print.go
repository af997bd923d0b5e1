// Package fmt formats values as text, in the style of C's printf.
//
// jgo has no reflection yet, so values are recognised by a type switch: every basic type
// and named types whose methods say how to print them (error, Stringer, GoStringer,
// Formatter), []byte, and slices of the basic types. Any other composite value prints as
// the placeholder "{?}" (see docs/stdlib.md).
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is a value that prints as the result of its String method.
type Stringer interface {
	String() string
}

// GoStringer is a value that prints with %#v as the result of its GoString method.
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method is given: the output and the flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is a value that formats itself.
type Formatter interface {
	Format(f State, verb rune)
}

// Sprintf formats according to format.
func Sprintf(format string, a ...any) string {
	var p printer
	p.doPrintf(format, a)
	return string(p.buf)
}

// Sprint formats its operands with %v, adding spaces between operands when neither is a
// string.
func Sprint(a ...any) string {
	var p printer
	p.doPrint(a)
	return string(p.buf)
}

// Sprintln formats its operands with %v, separated by spaces, with a newline.
func Sprintln(a ...any) string {
	var p printer
	p.doPrintln(a)
	return string(p.buf)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprint(a...))) }

func Fprintln(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprintln(a...))) }

func Printf(format string, a ...any) (n int, err error) { return Fprintf(os.Stdout, format, a...) }

func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }

// Errorf formats an error message; an operand of the verb %w must be an error, which the
// result wraps (its Unwrap returns it).
func Errorf(format string, a ...any) error {
	var p printer
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	if p.wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, p.wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

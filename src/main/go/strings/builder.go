package strings

import (
	"unicode/utf8"
	"unsafe"
)

// Builder builds a string with little copying. Its zero value is ready to use; a non-empty
// Builder must not be copied.
type Builder struct {
	addr *Builder // the Builder's own address once used, to detect copies
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string. The bytes are shared, never copied: a Builder only
// ever appends, so what was returned cannot change.
func (b *Builder) String() string {
	return *(*string)(unsafe.Pointer(&b.buf))
}

// Len returns the number of bytes accumulated.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends p; it never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it never fails.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r; it never fails.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; it never fails.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

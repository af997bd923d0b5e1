package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the smallest room ReadFrom leaves for each Read.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer cannot grow.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var (
	errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
	errUnreadByte   = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	errUnreadRune   = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
)

// Buffer is a growable byte buffer written at its end and read from its start. The zero
// value is an empty buffer ready to use.
type Buffer struct {
	buf []byte // the contents are buf[off:]
	off int
	// lastRead is the size of the rune the last operation read (1 to 4), unreadByte after a
	// successful byte read, or 0 when the last operation allows no unread.
	lastRead int
}

const unreadByte = -1

// NewBuffer returns a Buffer holding buf, which it takes over.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer holding the bytes of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread bytes; they alias the buffer until its next modification.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread bytes as a string, or "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate keeps only the first n unread bytes; it panics when n is out of range.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

// grow makes room for n more bytes and returns the index where they go (the length is left
// as it is). The capacities follow Go's: a first small buffer of 64 bytes, sliding the
// unread bytes down while they fill at most half, else doubling plus n.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if n <= cap(b.buf)-len(b.buf) {
		return len(b.buf)
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, 0, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-m:
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		size := m + b.off + n
		if size < 2*c {
			size = 2 * c
		}
		// Appending to nil lets the allocator round the capacity up to its size class.
		buf := append([]byte(nil), make([]byte, size)...)
		copy(buf, b.buf[b.off:])
		b.buf = buf
	}
	b.off = 0
	b.buf = b.buf[:m]
	return m
}

const smallBufferSize = 64

const maxInt = int(^uint(0) >> 1)

// Grow makes room for n more bytes without another allocation; it panics for negative n.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends p; the error is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(p))
	b.buf = append(b.buf[:m], p...)
	return len(p), nil
}

// WriteString appends s; the error is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(s))
	b.buf = append(b.buf[:m], s...)
	return len(s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	m := b.grow(1)
	b.buf = append(b.buf[:m], c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length; the error is always nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	m := b.grow(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom appends everything r yields until EOF, which is not an error.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	for {
		i := b.grow(MinRead)
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w until they are all written or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if size := b.Len(); size > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != size {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read reads the next bytes into p; at the end of an empty buffer it returns io.EOF (unless
// p is empty).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = unreadByte
	}
	return n, nil
}

// Next returns the next n bytes (all when fewer are left), as Read would consume them.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = unreadByte
	}
	return data
}

// ReadByte reads the next byte, or returns io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = unreadByte
	return c, nil
}

// ReadRune reads the next UTF-8 encoded rune, or returns io.EOF.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = size
	return r, size, nil
}

// UnreadRune unreads the rune the last operation, a ReadRune, returned.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errUnreadRune
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

// UnreadByte unreads the last byte of the last successful read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice returns the bytes up to and including delim, aliasing the buffer, or all of them
// with io.EOF when delim does not occur.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = unreadByte
	return line, err
}

// ReadBytes reads up to and including delim into a new slice; io.EOF when delim is absent.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	return append(line, slice...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

package strings

import (
	"internal/bytereader"
	"io"
)

// Reader reads from a string, as an io.Reader, io.ReaderAt, io.ByteScanner, io.RuneScanner,
// io.Seeker and io.WriterTo.
type Reader struct {
	r bytereader.Reader
}

var readerNames = bytereader.Names{Type: "strings.Reader", Data: "string", Write: "WriteString"}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{bytereader.New(s)} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int { return r.r.Len() }

// Size returns the length of the whole string.
func (r *Reader) Size() int64 { return r.r.Size() }

func (r *Reader) Read(b []byte) (n int, err error) { return r.r.Read(b) }

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) { return r.r.ReadAt(b, off, readerNames) }

func (r *Reader) ReadByte() (byte, error) { return r.r.ReadByte() }

func (r *Reader) UnreadByte() error { return r.r.UnreadByte(readerNames) }

func (r *Reader) ReadRune() (ch rune, size int, err error) { return r.r.ReadRune() }

func (r *Reader) UnreadRune() error { return r.r.UnreadRune(readerNames) }

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	return r.r.Seek(offset, whence, readerNames)
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	return r.r.WriteTo(func(from int64) (int, error) { return io.WriteString(w, r.r.S[from:]) }, readerNames)
}

// Reset makes r read from s, from the start.
func (r *Reader) Reset(s string) { r.r = bytereader.New(s) }

package bytes

import (
	"internal/bytereader"
	"io"
)

// Reader reads from a byte slice, as an io.Reader, io.ReaderAt, io.ByteScanner,
// io.RuneScanner, io.Seeker and io.WriterTo. It shares its logic with strings.Reader through a
// string view of the slice; WriteTo writes the slice itself.
type Reader struct {
	b []byte
	r bytereader.Reader
}

var readerNames = bytereader.Names{Type: "bytes.Reader", Data: "slice", Write: "Write"}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b, bytereader.New(view(b))} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int { return r.r.Len() }

// Size returns the length of the whole slice.
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
	return r.r.WriteTo(func(from int64) (int, error) { return w.Write(r.b[from:]) }, readerNames)
}

// Reset makes r read from b, from the start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, bytereader.New(view(b))} }

// Package bytereader holds the reading logic shared by strings.Reader and bytes.Reader. Both read
// a byte sequence held as a string (bytes.Reader views its slice without copying); they differ
// only in how they name themselves in error texts and in how WriteTo writes.
package bytereader

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Names is how an exported reader names itself in errors: its type ("strings.Reader"), the data
// it reads ("string" or "slice") and the writer method WriteTo calls ("WriteString" or "Write").
type Names struct {
	Type, Data, Write string
}

// Reader is the reading state: the data, the current index and the index of the last rune
// read (-1 when the last operation was not ReadRune).
type Reader struct {
	S        string
	I        int64
	PrevRune int
}

// New returns a Reader of s at its start.
func New(s string) Reader { return Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.I >= int64(len(r.S)) {
		return 0
	}
	return int(int64(len(r.S)) - r.I)
}

func (r *Reader) Size() int64 { return int64(len(r.S)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.I >= int64(len(r.S)) {
		return 0, io.EOF
	}
	r.PrevRune = -1
	n = copy(b, r.S[r.I:])
	r.I += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64, names Names) (n int, err error) {
	if off < 0 {
		return 0, errors.New(names.Type + ".ReadAt: negative offset")
	}
	if off >= int64(len(r.S)) {
		return 0, io.EOF
	}
	n = copy(b, r.S[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.PrevRune = -1
	if r.I >= int64(len(r.S)) {
		return 0, io.EOF
	}
	b := r.S[r.I]
	r.I++
	return b, nil
}

func (r *Reader) UnreadByte(names Names) error {
	if r.I <= 0 {
		return errors.New(names.Type + ".UnreadByte: at beginning of " + names.Data)
	}
	r.PrevRune = -1
	r.I--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.I >= int64(len(r.S)) {
		r.PrevRune = -1
		return 0, 0, io.EOF
	}
	r.PrevRune = int(r.I)
	ch, size = utf8.DecodeRuneInString(r.S[r.I:])
	r.I += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune(names Names) error {
	if r.I <= 0 {
		return errors.New(names.Type + ".UnreadRune: at beginning of " + names.Data)
	}
	if r.PrevRune < 0 {
		return errors.New(names.Type + ".UnreadRune: previous operation was not ReadRune")
	}
	r.I = int64(r.PrevRune)
	r.PrevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int, names Names) (int64, error) {
	r.PrevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.I + offset
	case io.SeekEnd:
		abs = int64(len(r.S)) + offset
	default:
		return 0, errors.New(names.Type + ".Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New(names.Type + ".Seek: negative position")
	}
	r.I = abs
	return abs, nil
}

// WriteTo writes the unread data with write, which is given the index to write from and
// returns how many bytes it wrote.
func (r *Reader) WriteTo(write func(from int64) (int, error), names Names) (n int64, err error) {
	r.PrevRune = -1
	if r.I >= int64(len(r.S)) {
		return 0, nil
	}
	rest := len(r.S) - int(r.I)
	m, err := write(r.I)
	if m > rest {
		panic(names.Type + ".WriteTo: invalid " + names.Write + " count")
	}
	r.I += int64(m)
	n = int64(m)
	if m != rest && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}

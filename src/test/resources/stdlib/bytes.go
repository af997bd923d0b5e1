// Exercises bytes on fixed and random inputs.
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"
)

var alphabet = []string{"a", "b", "A", " ", "\t", "é", "É", "ß", "日", "\xff", "\xe6", "k", "K", "ÿ", "\u00a0"}

func word(r *rand.Rand, max int) []byte {
	var b bytes.Buffer
	for n := r.Intn(max + 1); n > 0; n-- {
		b.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	if b.Len() == 0 && r.Intn(2) == 0 {
		return nil
	}
	return b.Bytes()
}

// show prints slices of slices with their lengths, capacities and nil-ness.
func show(a [][]byte) string {
	s := fmt.Sprintf("%v[", a == nil)
	for _, b := range a {
		s += fmt.Sprintf("%q/%d/%v ", b, cap(b), b == nil)
	}
	return s + "]"
}

func one(b []byte) string { return fmt.Sprintf("%q/%v", b, b == nil) }

func main() {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		s, t, u := word(r, 8), word(r, 2), word(r, 2)
		n := r.Intn(5) - 1
		ts := string(t)
		fmt.Println(one(s), one(t), n, bytes.Index(s, t), bytes.LastIndex(s, t), bytes.IndexAny(s, ts), bytes.LastIndexAny(s, ts),
			bytes.IndexByte(s, 'a'), bytes.LastIndexByte(s, 0xff), bytes.IndexRune(s, 'é'), bytes.ContainsRune(s, 0xfffd),
			bytes.Contains(s, t), bytes.ContainsAny(s, ts), bytes.HasPrefix(s, t), bytes.HasSuffix(s, t), bytes.Count(s, t),
			bytes.Compare(s, t), bytes.Equal(s, t), bytes.EqualFold(s, t), bytes.IndexFunc(s, unicode.IsSpace),
			bytes.LastIndexFunc(s, unicode.IsUpper), bytes.Runes(s))
		before, after, found := bytes.Cut(s, t)
		fmt.Println(one(before), one(after), found)
		fmt.Println(show(bytes.Split(s, t)), show(bytes.SplitAfter(s, t)), show(bytes.SplitN(s, t, n)),
			show(bytes.SplitAfterN(s, t, n)), show(bytes.Fields(s)), show(bytes.FieldsFunc(s, unicode.IsLetter)))
		fmt.Println(one(bytes.Join(bytes.Split(s, t), u)), one(bytes.Join(nil, u)), one(bytes.Join([][]byte{t}, u)),
			one(bytes.Repeat(t, n+1)), one(bytes.Replace(s, t, u, n)), one(bytes.ReplaceAll(s, t, u)))
		fmt.Println(one(bytes.ToUpper(s)), one(bytes.ToLower(s)), one(bytes.ToTitle(s)), one(bytes.ToValidUTF8(s, u)),
			one(bytes.Map(func(c rune) rune {
				if c == 'a' {
					return -1
				}
				return c + 1
			}, s)))
		fmt.Println(one(bytes.Trim(s, ts)), one(bytes.TrimLeft(s, ts)), one(bytes.TrimRight(s, ts)), one(bytes.TrimSpace(s)),
			one(bytes.TrimPrefix(s, t)), one(bytes.TrimSuffix(s, t)), one(bytes.TrimFunc(s, unicode.IsLower)),
			one(bytes.TrimLeftFunc(s, unicode.IsLetter)), one(bytes.TrimRightFunc(s, unicode.IsLetter)))
	}
	testBuffer()
	testReader()
}

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func testBuffer() {
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	b := bytes.NewBufferString("hello, ")
	b.WriteString("wörld")
	b.WriteByte('!')
	fmt.Println(b.WriteRune('世'))
	fmt.Println(b.WriteRune(-1))
	b.Write([]byte("\nline2\nrest"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	fmt.Println(b.ReadByte())
	fmt.Println(b.UnreadRune(), b.UnreadByte())
	fmt.Printf("%q\n", b.Next(3))
	fmt.Println(b.UnreadByte())
	fmt.Println(b.ReadRune())
	fmt.Println(b.ReadRune())
	fmt.Println(b.ReadRune())
	fmt.Println(b.UnreadRune(), b.UnreadRune())
	fmt.Println(b.ReadString('\n'))
	fmt.Println(b.ReadBytes('\n'))
	fmt.Println(b.ReadBytes('\n'))
	fmt.Println(b.ReadBytes('\n'))
	fmt.Println(b.ReadString('\n'))
	p := make([]byte, 4)
	fmt.Println(b.Read(p))
	fmt.Println(b.Read(nil))
	fmt.Println(b.ReadByte())
	fmt.Println(b.ReadRune())
	b.Reset()
	fmt.Println(b.ReadFrom(strings.NewReader(strings.Repeat("xyz", 400))))
	fmt.Println(b.Len())
	b.Truncate(5)
	fmt.Println(b.String())
	catch(func() { b.Truncate(10) })
	catch(func() { b.Grow(-1) })
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 105)
	var sb strings.Builder
	fmt.Println(b.WriteTo(&sb))
	fmt.Println(sb.String(), b.Len())
	b2 := bytes.NewBuffer([]byte("abc"))
	fmt.Println(b2.Read(p))
	fmt.Println(p, b2.Bytes())
	b2.Truncate(0)
	fmt.Println(b2.Len(), bytes.MinRead, bytes.ErrTooLarge)
	for i := 0; i < 1000; i++ {
		b2.WriteString("0123456789")
		if i%3 == 0 {
			b2.Next(7)
		}
	}
	fmt.Println(b2.Len(), b2.String()[:30])
}

func testReader() {
	rd := bytes.NewReader([]byte("añb日"))
	fmt.Println(rd.Len(), rd.Size())
	fmt.Println(rd.UnreadRune())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.UnreadByte(), rd.UnreadRune())
	buf := make([]byte, 3)
	fmt.Println(rd.Read(buf))
	fmt.Println(rd.ReadAt(buf, 4))
	fmt.Println(rd.ReadAt(buf, -1))
	fmt.Println(rd.Seek(2, io.SeekStart))
	fmt.Println(rd.Seek(-10, io.SeekEnd))
	fmt.Println(rd.Seek(0, 7))
	rd.Reset([]byte("hello"))
	var sb strings.Builder
	fmt.Println(rd.WriteTo(&sb))
	fmt.Println(sb.String(), rd.Len())
	rd.Reset(nil)
	fmt.Println(rd.UnreadByte())
}

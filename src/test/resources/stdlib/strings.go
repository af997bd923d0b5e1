// Exercises strings and io on fixed and random inputs.
package main

import (
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"
)

var alphabet = []string{"a", "b", "A", "ab", " ", "\t", "é", "É", "ß", "日", "\xff", "\xe6", "k", "K", "\u212a", "ÿ", "x", "\u00a0", "\uFFFD"}

func word(r *rand.Rand, max int) string {
	var b strings.Builder
	for n := r.Intn(max + 1); n > 0; n-- {
		b.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func testSearch(r *rand.Rand) {
	for i := 0; i < 400; i++ {
		s, t := word(r, 8), word(r, 2)
		c := alphabet[r.Intn(len(alphabet))]
		fmt.Printf("%q %q: %d %d %d %d %d %d %v %v %v %v %v %d %d\n", s, t,
			strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t),
			strings.IndexByte(s, c[0]), strings.LastIndexByte(s, c[0]),
			strings.Contains(s, t), strings.ContainsAny(s, t), strings.HasPrefix(s, t), strings.HasSuffix(s, t),
			strings.EqualFold(s, t), strings.Count(s, t), strings.Compare(s, t))
		for _, rr := range []rune(c + "\U00010000") {
			fmt.Print(strings.IndexRune(s, rr), strings.ContainsRune(s, rr), " ")
		}
		fmt.Println(strings.IndexRune(s, -1), strings.IndexRune(s, 0x110000), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace))
		before, after, found := strings.Cut(s, t)
		fmt.Printf("%q %q %v %v\n", before, after, found, strings.EqualFold(s, strings.ToUpper(s)))
	}
}

func testSplit(r *rand.Rand) {
	for i := 0; i < 300; i++ {
		s, t := word(r, 8), word(r, 1)
		n := r.Intn(5) - 1
		fmt.Printf("%q %q %d: %q %q %q %q %q %q %q\n", s, t, n, strings.Split(s, t), strings.SplitAfter(s, t),
			strings.SplitN(s, t, n), strings.SplitAfterN(s, t, n), strings.Fields(s),
			strings.FieldsFunc(s, unicode.IsLetter), strings.Join(strings.Split(s, t), "+"))
		fmt.Println(strings.Split(s, t) == nil, strings.SplitN(s, t, n) == nil, strings.Fields(s) == nil)
	}
}

func testTransform(r *rand.Rand) {
	for i := 0; i < 300; i++ {
		s, t, u := word(r, 8), word(r, 2), word(r, 2)
		n := r.Intn(5) - 1
		fmt.Printf("%q %q %q: %q %q %q %q %q %q\n", s, t, u, strings.Replace(s, t, u, n), strings.ReplaceAll(s, t, u),
			strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.ToValidUTF8(s, u))
		fmt.Printf("%q %q %q %q %q %q %q %q %q\n", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t),
			strings.TrimSpace(s), strings.TrimPrefix(s, t), strings.TrimSuffix(s, t), strings.TrimFunc(s, unicode.IsLower),
			strings.Repeat(t, n+1), strings.Clone(s))
		fmt.Printf("%q %q\n", strings.Map(func(c rune) rune {
			if c == 'a' {
				return -1
			}
			if c == 'b' {
				return unicode.MaxRune + 1
			}
			return c
		}, s), strings.NewReplacer(t, u, "a", "1", "", "-", "é", "").Replace(s))
	}
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
}

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("fail") }

func testBuilderReader() {
	var b strings.Builder
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("héllo")
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.WriteRune(-5)
	fmt.Println(n, err)
	b.Write([]byte("!"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	catch(func() { b.Grow(-1) })
	catch(func() { c := b; c.WriteString("x"); d := c; d.WriteString("y") })
	catch(func() { strings.Repeat("x", -1) })
	catch(func() { strings.NewReplacer("a") })

	rd := strings.NewReader("añb日")
	fmt.Println(rd.Len(), rd.Size())
	fmt.Println(rd.UnreadRune())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.UnreadByte(), rd.UnreadRune())
	buf := make([]byte, 3)
	fmt.Println(rd.Read(buf))
	fmt.Println(buf)
	fmt.Println(rd.ReadAt(buf, 4))
	fmt.Println(rd.ReadAt(buf, -1))
	fmt.Println(rd.ReadAt(buf, 100))
	fmt.Println(rd.Seek(2, io.SeekStart))
	fmt.Println(rd.Seek(-1, io.SeekCurrent))
	fmt.Println(rd.Seek(-1, io.SeekEnd))
	fmt.Println(rd.Seek(-10, io.SeekEnd))
	fmt.Println(rd.Seek(0, 7))
	fmt.Println(rd.Seek(100, io.SeekStart))
	fmt.Println(rd.Read(buf))
	fmt.Println(rd.ReadByte())
	fmt.Println(rd.ReadRune())
	fmt.Println(rd.Len())
	rd.Reset("hello world")
	var sb strings.Builder
	fmt.Println(rd.WriteTo(&sb))
	fmt.Println(sb.String(), rd.Len())
	rd.Reset("hello")
	fmt.Println(rd.WriteTo(shortWriter{}))
	fmt.Println(rd.WriteTo(failWriter{}))
}

func testIO() {
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("abc", 1000)))
	fmt.Println(len(all), err)
	var sb strings.Builder
	fmt.Println(io.Copy(&sb, io.LimitReader(strings.NewReader("hello world"), 5)))
	fmt.Println(io.CopyN(&sb, strings.NewReader("abc"), 2))
	fmt.Println(io.CopyN(&sb, strings.NewReader("abc"), 5))
	fmt.Println(io.CopyBuffer(&sb, io.MultiReader(strings.NewReader("x"), strings.NewReader(""), strings.NewReader("yz")), make([]byte, 1)))
	fmt.Println(sb.String())
	catch(func() { io.CopyBuffer(&sb, strings.NewReader("x"), []byte{}) })
	buf := make([]byte, 4)
	fmt.Println(io.ReadFull(strings.NewReader("ab"), buf))
	fmt.Println(io.ReadFull(strings.NewReader(""), buf))
	fmt.Println(io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2))
	fmt.Println(io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5))
	var w1, w2 strings.Builder
	mw := io.MultiWriter(&w1, &w2)
	fmt.Println(mw.Write([]byte("one")))
	fmt.Println(io.WriteString(mw, "two"))
	fmt.Println(w1.String(), w2.String())
	fmt.Println(io.MultiWriter(&w1, shortWriter{}).Write([]byte("four")))
	fmt.Println(io.WriteString(io.MultiWriter(failWriter{}), "x"))
	var tee strings.Builder
	all, err = io.ReadAll(io.TeeReader(strings.NewReader("tee"), &tee))
	fmt.Println(string(all), err, tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	fmt.Println(sr.Read(buf))
	fmt.Println(sr.Read(buf))
	fmt.Println(sr.Read(buf))
	fmt.Println(sr.ReadAt(buf, 3))
	fmt.Println(sr.ReadAt(buf, 0))
	fmt.Println(sr.ReadAt(buf, 9))
	fmt.Println(sr.Seek(1, io.SeekStart))
	fmt.Println(sr.Seek(1, io.SeekCurrent))
	fmt.Println(sr.Seek(-1, io.SeekEnd))
	fmt.Println(sr.Seek(-10, io.SeekEnd))
	fmt.Println(sr.Seek(0, 5))
	fmt.Println(io.Discard.Write([]byte("abc")))
	fmt.Println(io.Copy(io.Discard, strings.NewReader("abcd")))
	fmt.Println(io.NopCloser(strings.NewReader("")).Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}

func main() {
	r := rand.New(rand.NewSource(2))
	testSearch(r)
	testSplit(r)
	testTransform(r)
	testBuilderReader()
	testIO()
}

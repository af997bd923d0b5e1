package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
	pos  int
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if b.pos >= len(b.data) {
		return "<eof>"
	}
	s := b.data[b.pos]
	b.pos++
	return s
}

type Logger struct {
	*Buffer
	prefix string
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Named struct {
	Counter
	name string
}

type Incer interface {
	Inc() int
	Get() int
}

type Wrapped struct {
	Reader
	extra int
}

func copyAll(r Reader, w Writer, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += w.Write(r.Read())
	}
	return total
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	println(r.Read())
	var w Writer = rw
	w.Write("again")
	println(rw.Read(), rw.Read(), rw.Read())

	l := Logger{&Buffer{}, "log"}
	var lw ReadWriter = l
	lw.Write("one")
	lw.Write("two")
	println(lw.Read(), l.Read(), l.prefix)

	src := &Buffer{data: []string{"a", "bb", "ccc"}}
	dst := &Buffer{}
	println(copyAll(src, dst, 3), len(dst.data), dst.data[2])

	nm := &Named{name: "x"}
	var inc Incer = nm
	inc.Inc()
	inc.Inc()
	println(inc.Get(), nm.n, nm.Get())

	wr := Wrapped{Reader: &Buffer{data: []string{"inner"}}, extra: 1}
	var r2 Reader = wr
	println(r2.Read(), r2.Read())
	var r3 Reader = &wr
	println(r3.Read())
}

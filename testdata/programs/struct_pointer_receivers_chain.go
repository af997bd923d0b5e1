package main

type Builder struct {
	parts []string
	n     int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.n += len(s)
	return b
}

func (b *Builder) Build() string {
	out := ""
	for _, p := range b.parts {
		out += p
	}
	return out
}

func main() {
	b := &Builder{}
	s := b.Add("a").Add("bc").Add("def").Build()
	println(s, b.n, len(b.parts))
	var v Builder
	v.Add("x").Add("y")
	println(v.Build(), v.n)
}

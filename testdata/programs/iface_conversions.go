package main

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type Person interface {
	Namer
	Ager
}

type P struct {
	name string
	age  int
}

func (p P) Name() string { return p.name }
func (p P) Age() int     { return p.age }

func show(n Namer) string { return "<" + n.Name() + ">" }

func asAny(p Person) any { return p }

func pick(flag bool) Namer {
	if flag {
		return P{"picked", 1}
	}
	return nil
}

func older(ps ...Person) Person {
	var best Person
	for _, p := range ps {
		if best == nil || p.Age() > best.Age() {
			best = p
		}
	}
	return best
}

func main() {
	var p Person = P{"ann", 30}
	var n Namer = p
	println(show(p), show(n), n.Name())
	a := asAny(p)
	println(a.(P).age, a.(Namer).Name(), a.(Person).Age())
	var ag Ager = p
	println(ag.Age())
	println(pick(true).Name(), pick(false) == nil)
	o := older(P{"a", 1}, P{"b", 5}, P{"c", 3})
	println(o.Name())

	f := p.Name
	g := n.Name
	p = P{"bob", 40}
	println(f(), g(), p.Name())
	h := Person.Age
	println(h(p))
	k := P.Name
	println(k(P{"direct", 0}))
	pk := (*P).Age
	println(pk(&P{"ptr", 7}))
	namers := []Namer{P{"x", 0}, p}
	for _, nm := range namers {
		fn := nm.Name
		println(fn())
	}
	var e any = n
	var n2 Namer = e.(Namer)
	println(n2 == n, n2.Name())
	var conv = Namer(P{"conv", 2})
	println(conv.Name(), any(conv) != nil)
}

package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Extra int
}

type Deep struct {
	*Derived
	Level int
}

func main() {
	d := Derived{Base{1, "one"}, 10}
	println(d.ID, d.Name, d.Describe(), d.Extra)
	d.Rename("uno")
	println(d.Name, d.Base.Name)
	dp := &Deep{&d, 2}
	dp.Rename("eins")
	println(d.Name, dp.Describe(), dp.ID, dp.Level)
	e := d
	e.Name = "copy"
	println(d.Name, e.Name)
}

package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() Counter {
	c.n++
	return c
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Bits uint8

func (b *Bits) Set(i uint) { *b |= 1 << i }
func (b Bits) Has(i uint) bool { return b&(1<<i) != 0 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	d := c.IncCopy()
	println(c.Get(), d.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	println(Celsius(100).F(), Celsius(-40).F())
	var b Bits
	b.Set(1)
	b.Set(7)
	println(b, b.Has(1), b.Has(2), b.Has(7))
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	println(cs[0].Get(), cs[1].Get())
}

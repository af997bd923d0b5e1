package main

type Bitset [4]uint64

func (b *Bitset) Set(i uint)      { b[i/64] |= 1 << (i % 64) }
func (b *Bitset) Clear(i uint)    { b[i/64] &^= 1 << (i % 64) }
func (b Bitset) Has(i uint) bool  { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return
}

func main() {
	var b Bitset
	for i := uint(0); i < 256; i += 7 {
		b.Set(i)
	}
	b.Clear(14)
	println(b.Count(), b.Has(0), b.Has(14), b.Has(63), b.Has(252), b[0])
}

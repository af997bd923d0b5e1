package main

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Str string

func (s Str) Twice() Str { return s + s }

type Fn func(int) int

func (f Fn) Apply2(x int) int { return f(f(x)) }

func main() {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	println(Str("ab").Twice().Twice())
	sq := Fn(func(x int) int { return x * x })
	println(sq.Apply2(3))
}

// FAILS (both ABIs): 'method expression *main.T.Val needing a wrapper is not supported yet by jgo's SSA construction'. Stage: ssagen (method expression wrappers).
package main

type T struct{ n int }

func (t T) Val() int { return t.n }

func main() {
	f := (*T).Val
	t := &T{7}
	println(f(t))
}

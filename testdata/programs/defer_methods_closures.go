// Deferred method calls (value and pointer receivers, through embedding), method values,
// func values and closures.
package main

type acc struct{ total int }

func (a acc) report(tag string) { println(tag, "value receiver sees", a.total) }
func (a *acc) add(n int)        { a.total += n; println("add", n, "->", a.total) }

type wrapper struct {
	acc
	name string
}

func run() {
	a := acc{1}
	defer a.report("copy taken at defer:")
	defer a.add(10)
	a.total = 5
	w := &wrapper{acc{100}, "w"}
	defer w.report("embedded:")
	defer w.add(1)
	m := a.report
	defer m("method value:")
	a.total = 7
	var fs []func()
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() { println("closure", j) })
	}
	for _, f := range fs {
		defer f()
	}
}

func main() {
	run()
	println("end")
}

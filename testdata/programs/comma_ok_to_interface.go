// Multi-valued right sides (comma-ok assertions, map reads, calls) assigned to interface-typed
// variables are converted to the interface, at package level and in functions.
package main

var pa, pb any = any(nil).(bool)
var pc = pb

func main() {
	println(pa == false, pc == false)
	var a, b any = any(nil).(bool)
	println(a == false, b == false)
	var x any = 5
	var c, d any = x.(int)
	println(c == 5, d == true)
}

func two() (int, string) { return 7, "s" }

func init() {
	m := map[string]int{"k": 3}
	var e, f any = m["k"]
	var g, h any = two()
	var i, j interface{} = m["z"]
	println(e == 3, f == true, g == 7, h == "s", i == 0, j == false)
}

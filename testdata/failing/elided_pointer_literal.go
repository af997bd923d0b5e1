// FAILS (both ABIs): internal compiler error: ClassCastException Type$Pointer cannot be cast to Type$Slice at dev.jgo.ssagen.Exprs.fillZeroed: a composite literal element with the &T elided ([]*T{{1}, {2}}; same for [2]*T{{1}, ...}). Stage: ssagen (Exprs composite literals).
package main

type T struct{ n int }

func main() {
	s := []*T{{1}, {2}}
	println(len(s), s[1].n)
}

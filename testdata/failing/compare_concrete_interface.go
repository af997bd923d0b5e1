// FAILS (both ABIs): internal compiler error 'IMake <interface {}> ... was not lowered' (RegAlloc; in main() of issue40152.go: 'has 2 leaves for 1 registers' in ExpandCalls, or 'false' under -abi=stack): x == e with x bool and e interface{} is compiled as a bool comparison (Operators.operandType takes the left operand's type) instead of converting x to the interface (GOROOT/test/fixedbugs/issue40152.go). Stage: ssagen (Operators); the iface branch's interfaceOperand handles it.
package main

//go:noinline
func eq(x bool, e interface{}) bool { return x == e }

func main() {
	println(eq(true, true), eq(true, 1))
}

package main

// The assembly refers to a function and a variable nobody defines (gc's linker: "main.f:
// relocation target main.nosuch not defined"); jgo reports them at their lines.
func f() int

func main() { println(f()) }

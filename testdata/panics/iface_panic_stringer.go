package main

type Level int

func (l Level) String() string { return "level-two" }

func main() {
	panic(Level(2))
}

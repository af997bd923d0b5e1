package main

type Config struct {
	Name  string
	Level int
}

var cfg = &Config{"default", 1}
var counter int
var counterPtr = &counter
var table = []*Config{cfg, {Name: "other"}}

func bump() int {
	*counterPtr++
	return counter
}

func main() {
	bump()
	bump()
	println(counter, *counterPtr)
	cfg.Level = 5
	println(table[0].Level, table[1].Name, table[1].Level)
	table[1] = cfg
	table[1].Name = "shared"
	println(cfg.Name)
}

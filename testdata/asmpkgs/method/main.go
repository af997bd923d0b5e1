package main

// Methods whose work is done in assembly: gc 1.19 cannot declare a body-less method
// ("makeABIWrapper support for wrapping methods not implemented"), so each method passes its
// receiver to an assembly function.
type counter struct {
	n     int64
	calls int32
}

func counterAdd(c *counter, v int64) int64
func counterGet(c counter) int64

func (c *counter) Add(v int64) int64 { return counterAdd(c, v) }
func (c counter) Get() int64         { return counterGet(c) }

func main() {
	var c counter
	c.Add(5)
	println(c.Add(7), c.Get(), c.calls)
	add := c.Add // method value
	add(100)
	get := counter.Get // method expression
	println(get(c))
}

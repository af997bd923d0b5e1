package time

// After returns a channel that receives the current time once, after at least d.
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go func() {
		Sleep(d)
		c <- Now()
	}()
	return c
}

// Tick returns a channel that receives the current time every d, dropping ticks a slow
// reader misses; nil for d <= 0. The ticking goroutine runs for the rest of the program.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	c := make(chan Time, 1)
	go func() {
		for {
			Sleep(d)
			select {
			case c <- Now():
			default:
			}
		}
	}()
	return c
}

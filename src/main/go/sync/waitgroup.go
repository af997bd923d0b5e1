package sync

import "sync/atomic"

// WaitGroup waits for a counted set of tasks to finish.
type WaitGroup struct {
	count int64
}

// Add adds delta, which may be negative, to the counter; below zero it panics.
func (wg *WaitGroup) Add(delta int) {
	if atomic.AddInt64(&wg.count, int64(delta)) < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the counter.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait waits until the counter is zero.
func (wg *WaitGroup) Wait() {
	for atomic.LoadInt64(&wg.count) != 0 {
		runtime_Gosched()
	}
}

// Once runs a function exactly once.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is called for the first time on o; later calls wait until
// that first f has returned. If f panics, Do considers it returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) != 0 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// Pool is a cache of reusable objects; New, when set, makes one when the pool is empty.
type Pool struct {
	items []any
	New   func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}

// Get removes and returns an item, or returns New() (nil without New) when there is none.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

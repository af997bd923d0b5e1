// Package sync provides mutual exclusion locks, wait groups and once-only execution.
//
// The implementation waits by yielding to the scheduler (runtime.Gosched, linked by name
// so that sync does not import the runtime package) until the state
// it waits for holds: correct with jgo's one-goroutine-at-a-time runtime, not fair and not
// efficient (see docs/stdlib.md).
package sync

import (
	"sync/atomic"
	_ "unsafe" // for go:linkname
)

// runtime_Gosched yields the processor to other goroutines.
//
//go:linkname runtime_Gosched runtime.Gosched
func runtime_Gosched()

// Locker is something that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	state int32
}

// Lock waits until m is unlocked and locks it.
func (m *Mutex) Lock() {
	for !m.TryLock() {
		runtime_Gosched()
	}
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool { return atomic.CompareAndSwapInt32(&m.state, 0, 1) }

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error in Go, a panic here.
func (m *Mutex) Unlock() {
	if !atomic.CompareAndSwapInt32(&m.state, 1, 0) {
		panic("sync: unlock of unlocked mutex")
	}
}

// RWMutex is a lock held by any number of readers or by one writer.
type RWMutex struct {
	w       Mutex // held by a writer, and briefly by readers entering
	readers int32
}

// RLock waits until no writer holds rw and takes a read lock.
func (rw *RWMutex) RLock() {
	rw.w.Lock()
	atomic.AddInt32(&rw.readers, 1)
	rw.w.Unlock()
}

// TryRLock takes a read lock if no writer holds rw.
func (rw *RWMutex) TryRLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	atomic.AddInt32(&rw.readers, 1)
	rw.w.Unlock()
	return true
}

// RUnlock releases a read lock.
func (rw *RWMutex) RUnlock() {
	if atomic.AddInt32(&rw.readers, -1) < 0 {
		panic("sync: RUnlock of unlocked RWMutex")
	}
}

// Lock waits until rw is free and takes the write lock.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	for atomic.LoadInt32(&rw.readers) != 0 {
		runtime_Gosched()
	}
}

// TryLock takes the write lock if rw is free.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if atomic.LoadInt32(&rw.readers) != 0 {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock releases the write lock.
func (rw *RWMutex) Unlock() {
	if atomic.LoadInt32(&rw.w.state) == 0 {
		panic("sync: Unlock of unlocked RWMutex")
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

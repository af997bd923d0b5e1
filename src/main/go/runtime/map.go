package runtime

import "unsafe"

// Maps. A map keeps its entries in an array of slots in insertion order and finds them through
// an open-addressing index (docs/runtime.md, "Maps"):
//
//   - A slot is a hash word, then the key, then the element (at maptype.elemoff). The hash word
//     of a live slot is the key's hash with the low bit set; a free or deleted slot has 0.
//   - The index is a power-of-two array of uint32 slot numbers plus one (0: empty), probed
//     quadratically (triangular steps, which visit every entry) from hash&mask. It has twice
//     as many entries as there are slots, so it is at most half full. Deleting a key leaves
//     its index entry in place, pointing at the dead slot, until the next rebuild.
//   - When the slots run out the map is rebuilt: dead slots are dropped and the capacity
//     doubles when more than half of the slots are live. While an iterator may still be
//     running, slots keep their positions (the capacity doubles, nothing is dropped), because
//     an iterator is a position in the slot array. A map whose slots are all dead starts over
//     at slot 0 instead.
//
// An iterator starts at a random slot, walks to the last one used, then wraps around to the
// start: every entry present for the whole iteration is produced once, entries deleted before
// they are reached are not produced (their slots are dead), entries added during the iteration
// may or may not be, and the order differs from run to run as gc's does.

// maptype is the descriptor of a map type as the compiler writes it: the _type header, then
// what the map code needs (dev.jgo.build.MapTypes).
type maptype struct {
	typ      _type
	key      *_type
	elem     *_type
	hasher   func(unsafe.Pointer, uintptr) uintptr
	keyequal func(unsafe.Pointer, unsafe.Pointer) bool
	elemoff  uint32 // offset of the element in a slot
	slotsize uint32 // hash word, key, element, padded to 8
}

// hmap is a map value's target; len(m) reads count at offset 0.
type hmap struct {
	count     int // live entries
	seed      uintptr
	slots     unsafe.Pointer
	used      int // slots taken, live or dead
	capacity  int // slots allocated
	index     unsafe.Pointer
	mask      uintptr // index entries - 1
	iterators int     // iterators started and not finished (an abandoned one counts forever)
}

// hiter is a range loop's state, in a frame slot of the compiler's: key and elem point at the
// current entry (key is nil when the iteration is over).
type hiter struct {
	key     unsafe.Pointer
	elem    unsafe.Pointer
	t       *maptype
	h       *hmap
	start   int
	pos     int
	wrapped bool
}

const (
	slotLive    = 1
	hashWord    = 8 // the key's offset in a slot
	minCapacity = 8
)

// zeroVal is what reading an absent key of a small element type points at.
var zeroVal [1024]byte

func makemap(t *maptype, hint int, h *hmap) *hmap {
	if h == nil {
		h = (*hmap)(mallocgc(unsafe.Sizeof(hmap{}), nil, true))
	}
	h.seed = uintptr(fastrand())
	if hint > minCapacity && uintptr(hint) <= maxAlloc/uintptr(t.slotsize) {
		c := minCapacity
		for c < hint {
			c *= 2
		}
		allocate(t, h, c)
	}
	return h
}

// allocate gives h empty slots and index for capacity entries.
func allocate(t *maptype, h *hmap, capacity int) {
	h.slots = mallocgc(uintptr(capacity)*uintptr(t.slotsize), nil, true)
	h.capacity = capacity
	h.used = 0
	n := uintptr(2 * capacity)
	h.index = mallocgc(n*4, nil, true)
	h.mask = n - 1
}

func slotAt(t *maptype, h *hmap, i int) unsafe.Pointer {
	return add(h.slots, uintptr(i)*uintptr(t.slotsize))
}

// hashKey hashes the key at p for h (also a nil map: an unhashable key panics there too), with
// the low bit set: the hash word of a live slot.
func hashKey(t *maptype, h *hmap, key unsafe.Pointer) uintptr {
	var seed uintptr
	if h != nil {
		seed = h.seed
	}
	return t.hasher(key, seed) | slotLive
}

// find returns the live slot holding key (whose hash word is hash), or nil.
func find(t *maptype, h *hmap, key unsafe.Pointer, hash uintptr) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	i, step := hash&h.mask, uintptr(1)
	for {
		n := *(*uint32)(add(h.index, i*4))
		if n == 0 {
			return nil
		}
		s := slotAt(t, h, int(n-1))
		if *(*uintptr)(s) == hash && t.keyequal(key, add(s, hashWord)) {
			return s
		}
		i = (i + step) & h.mask
		step++
	}
}

// indexSlot records slot i, whose hash is hash, in the index.
func indexSlot(h *hmap, i int, hash uintptr) {
	j, step := hash&h.mask, uintptr(1)
	for *(*uint32)(add(h.index, j*4)) != 0 {
		j = (j + step) & h.mask
		step++
	}
	*(*uint32)(add(h.index, j*4)) = uint32(i + 1)
}

// mapaccess1 is m[k]: the element's address, or the address of a zero value.
func mapaccess1(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(t, h, key)
	return p
}

// mapaccess2 is v, ok := m[k].
func mapaccess2(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	s := find(t, h, key, hashKey(t, h, key))
	if s == nil {
		return zeroOf(t.elem), false
	}
	return add(s, uintptr(t.elemoff)), true
}

func zeroOf(t *_type) unsafe.Pointer {
	if t.size <= uintptr(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal[0])
	}
	return mallocgc(t.size, t, true)
}

// mapassign returns the address where m[k] is stored, adding the entry (zero) when k is new.
// The key is stored again when it is already there: keys that are equal can still differ
// (+0 and -0), and the last one assigned is the one range gives, as in gc.
func mapassign(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		panic(plainError("assignment to entry in nil map"))
	}
	hash := hashKey(t, h, key)
	s := find(t, h, key, hash)
	if s == nil {
		if h.used == h.capacity {
			grow(t, h)
		}
		s = slotAt(t, h, h.used)
		indexSlot(h, h.used, hash)
		h.used++
		h.count++
		*(*uintptr)(s) = hash
	}
	memmove(add(s, hashWord), key, t.key.size)
	return add(s, uintptr(t.elemoff))
}

// grow makes room for one more slot.
func grow(t *maptype, h *hmap) {
	switch {
	case h.capacity == 0:
		allocate(t, h, minCapacity)
	case h.count == 0:
		// every slot is dead: start over (an iterator still running only meets new entries)
		h.used = 0
		memclrNoHeapPointers(h.index, (h.mask+1)*4)
	case h.iterators == 0 && h.count <= h.used/2:
		rebuild(t, h, h.capacity)
	default:
		rebuild(t, h, 2*h.capacity)
	}
}

// rebuild moves the slots into new arrays of the given capacity, dropping the dead ones unless
// an iterator may be running.
func rebuild(t *maptype, h *hmap, capacity int) {
	old, oldUsed := h.slots, h.used
	keep := h.iterators > 0
	allocate(t, h, capacity)
	size := uintptr(t.slotsize)
	for i := 0; i < oldUsed; i++ {
		s := add(old, uintptr(i)*size)
		hash := *(*uintptr)(s)
		if hash == 0 {
			if keep {
				h.used++
			}
			continue
		}
		memmove(slotAt(t, h, h.used), s, size)
		indexSlot(h, h.used, hash)
		h.used++
	}
}

// mapdelete is delete(m, k).
func mapdelete(t *maptype, h *hmap, key unsafe.Pointer) {
	s := find(t, h, key, hashKey(t, h, key))
	if s == nil {
		return
	}
	memclrNoHeapPointers(s, uintptr(t.slotsize))
	h.count--
}

// mapiterinit starts a range loop over h; it.key is nil when there is nothing to produce.
func mapiterinit(t *maptype, h *hmap, it *hiter) {
	it.t = t
	it.h = h
	it.key = nil
	it.elem = nil
	it.pos = 0
	it.start = 0
	it.wrapped = false
	if h == nil || h.count == 0 {
		return
	}
	h.iterators++
	it.start = int(fastrand() % uint64(h.used))
	it.pos = it.start
	mapiternext(it)
}

// mapiternext moves it to the next live slot: from the start to the last slot used, then from
// slot 0 up to the start.
func mapiternext(it *hiter) {
	t, h := it.t, it.h
	for {
		if !it.wrapped && it.pos >= h.used {
			it.wrapped = true
			it.pos = 0
		}
		if it.wrapped && (it.pos >= it.start || it.pos >= h.used) {
			it.key = nil
			it.elem = nil
			h.iterators--
			return
		}
		s := slotAt(t, h, it.pos)
		it.pos++
		if *(*uintptr)(s) != 0 {
			it.key = add(s, hashWord)
			it.elem = add(s, uintptr(t.elemoff))
			return
		}
	}
}

// Package sort sorts slices and user-defined collections and searches sorted ones.
//
// Sort and Stable share one stable algorithm (insertion sort of small blocks, then in-place
// merges by rotation), so Sort's order of equal elements is their original order, which is
// one of the orders Go's unstable Sort may produce.
package sort

// Interface is a collection that can be sorted by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less.
func Sort(data Interface) { Stable(data) }

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	const block = 20
	n := data.Len()
	for lo := 0; lo < n; lo += block {
		insertionSort(data, lo, min(lo+block, n))
	}
	for size := block; size < n; size *= 2 {
		for lo := 0; lo+size < n; lo += 2 * size {
			merge(data, lo, lo+size, min(lo+2*size, n))
		}
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// merge merges the sorted runs [lo, mid) and [mid, hi) in place, stably: it splits the longer
// run in the middle, finds where that element goes in the other run, rotates the two
// middle parts into place and merges the halves on each side.
func merge(data Interface, lo, mid, hi int) {
	if lo >= mid || mid >= hi {
		return
	}
	if hi-lo == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var cut1, cut2 int
	if mid-lo > hi-mid {
		cut1 = lo + (mid-lo)/2
		cut2 = searchFrom(mid, hi, func(i int) bool { return !data.Less(i, cut1) })
	} else {
		cut2 = mid + (hi-mid)/2
		cut1 = searchFrom(lo, mid, func(i int) bool { return data.Less(cut2, i) })
	}
	rotate(data, cut1, mid, cut2)
	newMid := cut1 + (cut2 - mid)
	merge(data, lo, cut1, newMid)
	merge(data, newMid, cut2, hi)
}

// searchFrom returns the first i in [lo, hi) with f(i), or hi.
func searchFrom(lo, hi int, f func(int) bool) int {
	return lo + Search(hi-lo, func(i int) bool { return f(lo + i) })
}

// rotate turns [a, m) [m, b) into [m, b) [a, m) by three reversals.
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		data.Swap(lo, hi)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the order of Less reversed.
func Reverse(data Interface) Interface { return &reversed{data} }

// Search returns the smallest i in [0, n) with f(i) true, or n; f must be false and then
// true over the range.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

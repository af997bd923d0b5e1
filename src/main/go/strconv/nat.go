package strconv

// nat is an unsigned big integer, little-endian base 2^32, with no zero limbs at the top.
// The float conversions use it to compute with exact values.
type nat []uint32

func natOf(x uint64) nat {
	return nat{uint32(x), uint32(x >> 32)}.norm()
}

func (x nat) norm() nat {
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x
}

// mulAdd returns x*m + a.
func (x nat) mulAdd(m, a uint32) nat {
	z := make(nat, len(x)+1)
	carry := uint64(a)
	for i, d := range x {
		t := uint64(d)*uint64(m) + carry
		z[i] = uint32(t)
		carry = t >> 32
	}
	z[len(x)] = uint32(carry)
	return z.norm()
}

// mulPow returns x*base^n.
func (x nat) mulPow(base uint32, n int) nat {
	for ; n > 0; n-- {
		x = x.mulAdd(base, 0)
	}
	return x
}

// shl returns x<<n.
func (x nat) shl(n int) nat {
	if len(x) == 0 {
		return x
	}
	words, bits := n/32, uint(n%32)
	z := make(nat, len(x)+words+1)
	for i, d := range x {
		z[i+words] |= d << bits
		if bits != 0 {
			z[i+words+1] = d >> (32 - bits)
		}
	}
	return z.norm()
}

func (x nat) bitLen() int {
	if len(x) == 0 {
		return 0
	}
	n := (len(x) - 1) * 32
	for top := x[len(x)-1]; top != 0; top >>= 1 {
		n++
	}
	return n
}

func (x nat) bit(i int) uint {
	if i < 0 || i/32 >= len(x) {
		return 0
	}
	return uint(x[i/32]>>uint(i%32)) & 1
}

// cmp returns -1, 0 or +1 as x is less than, equal to or greater than y.
func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// sub returns x-y for x >= y.
func (x nat) sub(y nat) nat {
	z := make(nat, len(x))
	var borrow int64
	for i := range x {
		t := int64(x[i]) - borrow
		if i < len(y) {
			t -= int64(y[i])
		}
		borrow = 0
		if t < 0 {
			t += 1 << 32
			borrow = 1
		}
		z[i] = uint32(t)
	}
	return z.norm()
}

// decimal returns the decimal digits of x (as values 0-9), most significant first; none for 0.
func (x nat) decimal() []byte {
	var chunks []uint32
	x = append(nat(nil), x...)
	for len(x) > 0 {
		var rem uint64
		for i := len(x) - 1; i >= 0; i-- {
			t := rem<<32 | uint64(x[i])
			x[i] = uint32(t / 1e9)
			rem = t % 1e9
		}
		x = x.norm()
		chunks = append(chunks, uint32(rem))
	}
	var digits []byte
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		var buf [9]byte
		for j := 8; j >= 0; j-- {
			buf[j] = byte(c % 10)
			c /= 10
		}
		if len(digits) == 0 {
			k := 0
			for k < 8 && buf[k] == 0 {
				k++
			}
			digits = append(digits, buf[k:]...)
		} else {
			digits = append(digits, buf[:]...)
		}
	}
	return digits
}

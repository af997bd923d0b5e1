package main

func atoi(s string) (n int, ok bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func hex(u uint64) string {
	const digits = "0123456789abcdef"
	if u == 0 {
		return "0"
	}
	var b [16]byte
	i := 16
	for u > 0 {
		i--
		b[i] = digits[u&15]
		u >>= 4
	}
	return string(b[i:])
}

func main() {
	for _, s := range []string{"0", "42", "-17", "+8", "", "12a", "9223372036854775807"} {
		n, ok := atoi(s)
		println(s, n, ok)
	}
	println(hex(0), hex(255), hex(0xdeadbeef), hex(1<<64-1))
}

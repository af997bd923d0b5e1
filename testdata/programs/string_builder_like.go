package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	println(itoa(0), itoa(12345), itoa(-9876), itoa(-9223372036854775808))
	println(reverse("hello, 世界"), reverse(""))
	out := make([]byte, 0, 4)
	for i := 0; i < 5; i++ {
		out = append(out, itoa(i*i)...)
		out = append(out, ',')
	}
	println(string(out))
}

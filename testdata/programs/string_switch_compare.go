package main

func cmp(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func main() {
	words := []string{"pear", "apple", "fig", "apple", "", "Zebra", "äpfel"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if cmp(words[i], words[j]) > 0 {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	for _, w := range words {
		println("[" + w + "]")
	}
	println(cmp("a", "a"), cmp("a\x00", "a"), cmp("a", "a\x00"))
}

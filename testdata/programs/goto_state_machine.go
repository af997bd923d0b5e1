package main

func lex(s string) (words, nums int) {
	i := 0
start:
	if i >= len(s) {
		return
	}
	switch c := s[i]; {
	case c >= '0' && c <= '9':
		goto num
	case c >= 'a' && c <= 'z':
		goto word
	}
	i++
	goto start
num:
	nums++
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	goto start
word:
	words++
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	goto start
}

func main() {
	println(lex("abc 123 de4f  56 g"))
	println(lex(""))
	println(lex("!!!"))
}

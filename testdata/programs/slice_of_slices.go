package main

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	words := [][]byte{[]byte("go"), []byte("jgo")}
	words[1][0] = 'J'
	println(string(words[0]), string(words[1]), len(words))
}

package p

// A second file: its declarations follow a.go's (types before constants across files).
const Later = "b"

type Later2 struct{ x [5]byte; y int64 }

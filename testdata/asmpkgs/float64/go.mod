module example.com/float64

go 1.19

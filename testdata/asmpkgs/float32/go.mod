module example.com/float32

go 1.19

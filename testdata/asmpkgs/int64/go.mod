module example.com/int64

go 1.19

module example.com/int32

go 1.19

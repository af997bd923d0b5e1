module example.com/int8

go 1.19

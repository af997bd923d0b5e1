module example.com/boolptr

go 1.19

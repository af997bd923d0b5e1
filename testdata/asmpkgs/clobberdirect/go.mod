module example.com/clobberdirect

go 1.19

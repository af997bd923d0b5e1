module example.com/slicesum

go 1.19

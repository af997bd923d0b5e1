module example.com/slicefill

go 1.19

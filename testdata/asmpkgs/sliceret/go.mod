module example.com/sliceret

go 1.19

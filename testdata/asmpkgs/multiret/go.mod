module example.com/multiret

go 1.19

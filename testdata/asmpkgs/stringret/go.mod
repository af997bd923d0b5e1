module example.com/stringret

go 1.19

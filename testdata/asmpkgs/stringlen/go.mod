module example.com/stringlen

go 1.19

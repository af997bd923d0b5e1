module example.com/structret

go 1.19

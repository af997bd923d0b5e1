module example.com/complexarg

go 1.19

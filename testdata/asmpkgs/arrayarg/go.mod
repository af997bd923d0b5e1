module example.com/arrayarg

go 1.19

module example.com/structarg

go 1.19

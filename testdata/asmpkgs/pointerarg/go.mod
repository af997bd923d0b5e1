module example.com/pointerarg

go 1.19

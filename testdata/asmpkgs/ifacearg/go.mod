module example.com/ifacearg

go 1.19

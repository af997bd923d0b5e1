module example.com/goglobal

go 1.19

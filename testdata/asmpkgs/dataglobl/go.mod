module example.com/dataglobl

go 1.19

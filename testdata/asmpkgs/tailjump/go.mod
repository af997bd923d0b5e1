module example.com/tailjump

go 1.19

module example.com/uint16

go 1.19

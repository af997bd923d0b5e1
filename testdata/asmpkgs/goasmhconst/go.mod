module example.com/goasmhconst

go 1.19

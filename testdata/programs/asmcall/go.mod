module example.com/asmcall

go 1.19

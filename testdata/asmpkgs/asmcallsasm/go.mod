module example.com/asmcallsasm

go 1.19

module example.com/asmclobber

go 1.19

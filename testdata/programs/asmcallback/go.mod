module example.com/asmcallback

go 1.19

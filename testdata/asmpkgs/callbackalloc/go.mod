module example.com/callbackalloc

go 1.19

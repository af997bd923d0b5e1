module example.com/rawbytes

go 1.19

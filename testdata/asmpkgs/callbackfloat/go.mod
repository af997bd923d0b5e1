module example.com/callbackfloat

go 1.19

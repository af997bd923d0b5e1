module example.com/callbackstr

go 1.19

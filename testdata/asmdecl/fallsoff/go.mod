module example.com/fallsoff

go 1.19

module example.com/funcvalueclobber

go 1.19

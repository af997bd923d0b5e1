// The Go side of package sync declares runtime_Gosched without a body (it is linked by
// name to runtime.Gosched); an assembly file, even empty, lets gc accept that.

package main

// Functions whose assembly runs past its last instruction (jgo's check; vet has none), next to
// functions that end in RET, a jump back, a tail call and UNDEF (all fine).
func fallsOff(x int64) int64
func empty()
func endsInRet(x int64) int64
func loops()
func tailCall(x int64) int64
func trap()

func main() {}

#ifdef GOARCH_amd64
TEXT ·a(SB), $0-0
	RET
// ERROR-AT unclosed.s:5 "unclosed #ifdef or #ifndef"

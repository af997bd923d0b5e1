TEXT ·a(SB), $0-0
	RET
#endif // ERROR "unmatched #endif"

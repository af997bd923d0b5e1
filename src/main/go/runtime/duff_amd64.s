// Duff's devices for zeroing and copying memory blocks. The compiler calls into them at an
// offset chosen by the size (DUFFZERO/DUFFCOPY): the byte layout below is part of the
// contract with the code generator and is gc's (DuffTest compares the bytes).
#include "textflag.h"

// 64 bytes at DI zeroed from X15 (zero in ABIInternal code); DI advanced.
#define ZERO64 MOVUPS X15, (DI); MOVUPS X15, 16(DI); MOVUPS X15, 32(DI); MOVUPS X15, 48(DI); LEAQ 64(DI), DI
#define ZERO256 ZERO64; ZERO64; ZERO64; ZERO64

// 16 bytes moved from SI to DI through X0; both advanced.
#define COPY16 MOVUPS (SI), X0; ADDQ $16, SI; MOVUPS X0, (DI); ADDQ $16, DI
#define COPY128 COPY16; COPY16; COPY16; COPY16; COPY16; COPY16; COPY16; COPY16

// duffzero clears up to 1024 bytes at DI, 64 per block; entering k blocks before the RET
// clears 64k bytes.
TEXT runtime·duffzero<ABIInternal>(SB), NOSPLIT, $0-0
	ZERO256
	ZERO256
	ZERO256
	ZERO256
	RET

// duffcopy copies up to 1024 bytes from SI to DI, 16 per block; it clobbers X0.
TEXT runtime·duffcopy<ABIInternal>(SB), NOSPLIT, $0-0
	COPY128
	COPY128
	COPY128
	COPY128
	COPY128
	COPY128
	COPY128
	COPY128
	RET

package dev.jgo.amd64;

/**
 * How an {@link Op} is encoded: one record per family of x86 encodings, carrying only the facts
 * that distinguish members of the family (operand width in bytes, the ModRM /digit extension,
 * opcode bytes packed big-endian into an int, the mandatory prefix, the condition code).
 * Widths are 1, 2, 4 or 8; a width of 0 means no general-purpose operand is sized by the op.
 */
public sealed interface Shape {
    /** ADD OR ADC SBB AND SUB XOR CMP: the eight classic binary operations, /ext selecting one. */
    record Alu(int width, int ext) implements Shape {}

    record Test(int width) implements Shape {}

    /** MOVB/W/L/Q, including (for L and Q) moves between general and SSE registers. */
    record Mov(int width) implements Shape {}

    /** The F6/F7 group with one operand: NOT NEG MUL IMUL DIV IDIV. */
    record Unary(int width, int ext) implements Shape {}

    /** The FE/FF group: INC (/0) and DEC (/1). */
    record IncDec(int width, int ext) implements Shape {}

    /** Rotates and shifts by an immediate or by CL; SHL and SHR also with three operands (SHLD/SHRD). */
    record Shift(int width, int ext) implements Shape {}

    /** IMUL with one operand, with register or memory source, or by an immediate. */
    record Imul(int width) implements Shape {}

    /** IMUL3: {@code $imm, src, dst}. */
    record Imul3(int width) implements Shape {}

    /** Zero or sign extension from {@code from} bytes into a register of {@code width} bytes. */
    record Extend(int from, int width, int opcode) implements Shape {}

    record Lea(int width) implements Shape {}

    /**
     * A register destination (ModRM.reg) computed from a register-or-memory source (ModRM.rm).
     * {@code width} sizes the general-purpose operand if any (REX.W for 8, 66 for 2).
     */
    record Load(int prefix, int opcode, int width, boolean dstXmm, boolean srcXmm) implements Shape {}

    /** A register source (ModRM.reg) read into a register-or-memory destination (ModRM.rm). */
    record Store(int opcode, int width) implements Shape {}

    record Xchg(int width) implements Shape {}

    /** ROUNDSD/ROUNDSS $mode, src, dst (SSE4.1; gc guards them with a CPU feature check). */
    record Round(int opcode) implements Shape {}

    /** SSE moves with a load form (xmm ← xmm/mem) and a store form (mem ← xmm). */
    record SseMove(int prefix, int load, int store) implements Shape {}

    /** BT BTS BTR BTC (/4 … /7) by an immediate or a register. */
    record BitTest(int width, int ext) implements Shape {}

    record Bswap(int width) implements Shape {}

    record SetCC(int cc) implements Shape {}

    record JumpCC(int cc) implements Shape {}

    record Jump() implements Shape {}

    record Call() implements Shape {}

    /**
     * DUFFZERO/DUFFCOPY $off: a call {@code off} bytes into the runtime's Duff's device. As in gc,
     * the frame pointer is kept around it (the device has no frame of its own):
     * {@code MOVQ BP, -16(SP); LEAQ -16(SP), BP; CALL routine+off(SB); MOVQ (BP), BP}.
     */
    record Duff(String routine) implements Shape {}

    record Push() implements Shape {}

    record Pop() implements Shape {}

    /** INT $n, always CD ib as in Go's assembler; the one-byte breakpoint is {@link Op#INT3}. */
    record Interrupt() implements Shape {}

    /** An instruction without operands: optional prefix, opcode bytes, REX.W when {@code wide}. */
    record Fixed(int prefix, int opcode, boolean wide) implements Shape {}

    /** BYTE, WORD, LONG, QUAD $v: the low {@code width} bytes of v, little-endian, as raw code (gc's Zbyte). */
    record Raw(int width) implements Shape {}

    /** Occupies no bytes and takes {@code arity} operands; see {@link Op#LABEL} and the others. */
    record Pseudo(int arity) implements Shape {}
}

package dev.jgo.amd64;

/**
 * An instruction operand, in Go's assembler notation: a register, an immediate {@code $v}, a memory
 * reference {@code off(base)(index*scale)}, a static symbol {@code sym+off(SB)} (addressed
 * RIP-relative, or the direct target of CALL/JMP), a symbol's address {@code $sym+off(SB)}, or a
 * label inside the function (a branch target), or the thread-local g slot {@code (TLS)}.
 */
public sealed interface Operand permits Reg, Imm, Mem, SymRef, SymAddr, Label, Tls {}

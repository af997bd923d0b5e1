package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * One {@code name+offset(FP)} operand of a function, as written (offset relative to the pseudo-FP,
 * i.e. to the first argument), with the mnemonic that uses it, whose suffix tells the width. This
 * is what a declaration check (go vet's asmdecl) compares with the Go signature.
 */
public record FrameRef(String name, long offset, String mnemonic, Pos pos) {}

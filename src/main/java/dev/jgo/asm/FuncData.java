package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * A PCDATA or FUNCDATA directive of a function, recorded with the code offset it applies from:
 * {@code PCDATA $table, $value} or {@code FUNCDATA $index, sym(SB)} ({@code value} is then the
 * symbol's linker name). jgo's runtime tables do not consume them yet.
 */
public record FuncData(String directive, long index, String value, int pc, Pos pos) {}

package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * One operand as written, before it is resolved against the function's frame and mapped to the
 * amd64 model.
 *
 * <ul>
 * <li>{@code REGISTER}: {@code reg}.</li>
 * <li>{@code IMMEDIATE}: {@code $offset}.</li>
 * <li>{@code FLOAT}, {@code STRING}: {@code $1.5}, {@code $"text"} (DATA values); {@code constant}.</li>
 * <li>{@code MEMORY}: {@code symbol<sel>+offset(reg)(index*scale)}, every part optional but one;
 *     {@code reg} may be a pseudo-register SB, FP, SP or PC.</li>
 * <li>{@code ADDRESS}: {@code $} followed by a memory form, e.g. {@code $sym+8(SB)}.</li>
 * <li>{@code LABEL}: a bare name, a branch target.</li>
 * </ul>
 */
record Arg(Kind kind, Pos pos, String reg, String symbol, Selector sel, long offset, String index, int scale,
           Object constant) {
    enum Kind { REGISTER, IMMEDIATE, FLOAT, STRING, MEMORY, ADDRESS, LABEL }

    /** What follows a symbol name: nothing, {@code <>} (file-static) or an ABI selector. */
    enum Selector { NONE, STATIC, ABI0, ABIINTERNAL }

    static Arg register(Pos pos, String reg) {
        return new Arg(Kind.REGISTER, pos, reg, null, Selector.NONE, 0, null, 0, null);
    }

    static Arg immediate(Pos pos, long value) {
        return new Arg(Kind.IMMEDIATE, pos, null, null, Selector.NONE, value, null, 0, null);
    }

    static Arg constant(Pos pos, Kind kind, Object value) {
        return new Arg(kind, pos, null, null, Selector.NONE, 0, null, 0, value);
    }

    static Arg label(Pos pos, String name) {
        return new Arg(Kind.LABEL, pos, null, name, Selector.NONE, 0, null, 0, null);
    }

    /** The same memory form as an address ({@code $...}). */
    Arg asAddress() {
        return new Arg(Kind.ADDRESS, pos, reg, symbol, sel, offset, index, scale, constant);
    }

    boolean isPseudo(String name) {
        return (kind == Kind.MEMORY || kind == Kind.ADDRESS) && name.equals(reg);
    }

    /** A static symbol reference {@code sym(SB)} or {@code sym+off(SB)}, as TEXT, DATA and GLOBL name. */
    boolean isSymbol() {
        return kind == Kind.MEMORY && symbol != null && "SB".equals(reg) && index == null;
    }

    /** The operand the way gc's messages quote it. */
    String describe() {
        return switch (kind) {
            case REGISTER -> reg;
            case IMMEDIATE -> "$" + offset;
            case FLOAT, STRING -> "$" + constant;
            case LABEL -> symbol;
            case MEMORY, ADDRESS -> (kind == Kind.ADDRESS ? "$" : "") + (symbol == null ? "" : symbol)
                    + (offset == 0 && symbol != null ? "" : offset > 0 && symbol != null ? "+" + offset : String.valueOf(offset))
                    + (reg == null ? "" : "(" + reg + ")") + (index == null ? "" : "(" + index + "*" + scale + ")");
        };
    }
}

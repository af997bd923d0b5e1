package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.List;

/** Operand readers shared by the TEXT, DATA and GLOBL directives. */
final class Pseudo {
    private Pseudo() {}

    /** An integer operand of a directive (TEXT and GLOBL flags), with or without {@code $}. */
    static long integer(String directive, List<Token> tokens, Pos pos) {
        Cursor c = new Cursor(tokens, pos);
        if (c.peek().is("$")) c.next();
        if (c.peek().isIdent()) throw new AsmError(pos, "illegal or missing addressing mode for symbol " + c.peek().text());
        long v = Expr.expr(c);
        if (!c.atEnd()) throw new AsmError(pos, directive + ": expected integer constant; found " + c.peek().spelling());
        return v;
    }

    /** The symbol a directive defines: {@code sym(SB)}, with an offset only where {@code offsetOk}. */
    static Arg symbol(String directive, List<Token> tokens, Pos pos, boolean offsetOk) {
        Arg a = OperandParser.parse(tokens, pos);
        String name = a.symbol() == null ? a.describe() : a.symbol();
        if (!a.isSymbol()) throw new AsmError(pos, directive + " symbol \"" + name + "\" must be a symbol(SB)");
        if (!offsetOk && a.offset() != 0) throw new AsmError(pos, directive + " symbol \"" + name + "\" must not be offset from SB");
        return a;
    }
}

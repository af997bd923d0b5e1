package dev.jgo.asm;

/**
 * Constant expressions of Go's assembler, evaluated as unsigned 64-bit integers with gc's
 * grammar and precedences: {@code expr = term {(+|-|'|'|^) term}}, {@code term = factor
 * {(*|/|%|&) factor}} where {@code <<} takes one factor and ends the term and {@code >>} takes a
 * whole term, {@code factor = int | char | (+|-|~) factor | ( expr )}.
 */
final class Expr {
    private Expr() {}

    static long expr(Cursor c) {
        long value = term(c);
        while (true) {
            Token t = c.peek();
            if (t.is("+")) {
                c.next();
                value += term(c);
            } else if (t.is("-")) {
                c.next();
                value -= term(c);
            } else if (t.is("|")) {
                c.next();
                value |= term(c);
            } else if (t.is("^")) {
                c.next();
                value ^= term(c);
            } else {
                return value;
            }
        }
    }

    private static long term(Cursor c) {
        long value = factor(c);
        while (true) {
            Token t = c.peek();
            if (t.is("*")) {
                c.next();
                value *= factor(c);
            } else if (t.is("/") || t.is("%")) {
                c.next();
                boolean div = t.is("/");
                if (value < 0) throw new AsmError(t.pos(), (div ? "divide" : "modulo") + " of value with high bit set");
                long divisor = factor(c);
                if (divisor == 0) throw new AsmError(t.pos(), div ? "division by zero" : "modulo by zero");
                value = div ? Long.divideUnsigned(value, divisor) : Long.remainderUnsigned(value, divisor);
            } else if (t.is("<<")) {
                c.next();
                long shift = factor(c);
                if (shift < 0) throw new AsmError(t.pos(), "negative left shift count");
                return shift >= 64 ? 0 : value << shift;
            } else if (t.is(">>")) {
                c.next();
                long shift = term(c);
                if (shift < 0) throw new AsmError(t.pos(), "negative right shift count");
                if (value < 0) throw new AsmError(t.pos(), "right shift of value with high bit set");
                value = shift >= 64 ? 0 : value >>> shift;
            } else if (t.is("&")) {
                c.next();
                value &= factor(c);
            } else {
                return value;
            }
        }
    }

    private static long factor(Cursor c) {
        Token t = c.next();
        switch (t.kind()) {
            case INT -> {
                return parseInt(t);
            }
            case CHAR -> {
                if (t.text().codePointCount(0, t.text().length()) != 1)
                    throw new AsmError(t.pos(), "illegal character constant " + t.spelling());
                return t.text().codePointAt(0);
            }
            case PUNCT -> {
                switch (t.text()) {
                    case "+" -> {
                        return factor(c);
                    }
                    case "-" -> {
                        return -factor(c);
                    }
                    case "~" -> {
                        return ~factor(c);
                    }
                    case "(" -> {
                        long v = expr(c);
                        c.expect(")", "missing closing paren");
                        return v;
                    }
                    default -> { }
                }
            }
            default -> { }
        }
        throw new AsmError(t.pos(), "unexpected " + t.spelling() + " evaluating expression");
    }

    /** {@code ( floatExpr ) | + floatExpr | - floatExpr | float}: the value of a floating-point DATA. */
    static double floatExpr(Cursor c) {
        Token t = c.next();
        if (t.is("(")) {
            double v = floatExpr(c);
            c.expect(")", "missing closing paren");
            return v;
        }
        if (t.is("+")) return floatExpr(c);
        if (t.is("-")) return -floatExpr(c);
        if (t.kind() == Token.Kind.FLOAT || t.kind() == Token.Kind.INT) {
            try {
                return Double.parseDouble(t.text().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new AsmError(t.pos(), "malformed floating-point constant " + t.text());
            }
        }
        throw new AsmError(t.pos(), "unexpected " + t.spelling() + " evaluating float expression");
    }

    /** An integer literal in Go's notations, as an unsigned 64-bit value. */
    static long parseInt(Token t) {
        String s = t.text().replace("_", "").toLowerCase();
        int radix = 10;
        if (s.startsWith("0x")) {
            radix = 16;
            s = s.substring(2);
        } else if (s.startsWith("0b")) {
            radix = 2;
            s = s.substring(2);
        } else if (s.startsWith("0o")) {
            radix = 8;
            s = s.substring(2);
        } else if (s.length() > 1 && s.startsWith("0")) {
            radix = 8;
            s = s.substring(1);
        }
        try {
            return Long.parseUnsignedLong(s, radix);
        } catch (NumberFormatException e) {
            throw new AsmError(t.pos(), "malformed integer constant " + t.text());
        }
    }
}

package dev.jgo.types.constant;

import dev.jgo.syntax.Token;
import java.util.Random;

/**
 * Random Go constant expressions together with their values as jgo computes them, for the
 * differential test against gc. Each expression is valid Go: values stay within gc's limits
 * (512-bit integers, no division by zero) and every operation mirrors the checker's rules
 * (the operands' untyped kinds decide the result's kind; / of two integers truncates).
 */
final class ConstExprGenerator {
    /** A Go expression and its value. */
    record Expr(String src, Value value) {}

    private final Random rnd;

    ConstExprGenerator(long seed) {
        rnd = new Random(seed);
    }

    Expr integer(int depth) {
        while (true) {
            Expr e = tryInteger(depth);
            if (e != null && Constant.bitLen(e.value()) < 500) return e;
        }
    }

    Expr floating(int depth) {
        while (true) {
            Expr e = tryFloating(depth);
            if (e != null && !(e.value() instanceof Value.Unknown) && reasonable(e.value())) return e;
        }
    }

    Expr complex(int depth) {
        while (true) {
            Expr e = tryComplex(depth);
            if (e != null && !(e.value() instanceof Value.Unknown)
                    && reasonable(Constant.real(e.value())) && reasonable(Constant.imag(e.value()))) return e;
        }
    }

    Expr string(int depth) {
        if (depth == 0 || rnd.nextInt(3) == 0) return stringLiteral();
        Expr a = string(depth - 1), b = string(depth - 1);
        return new Expr("(" + a.src() + " + " + b.src() + ")", Constant.binaryOp(a.value(), Token.ADD, b.value()));
    }

    /** A random finite double written as a hex float literal (Java's and Go's syntax agree), maybe negated. */
    Expr randomDouble() {
        double d;
        do {
            d = Double.longBitsToDouble(rnd.nextLong());
        } while (!Double.isFinite(d));
        Expr lit = literal(Double.toHexString(Math.abs(d)), Token.FLOAT);
        return d < 0 ? new Expr("(-" + lit.src() + ")", Constant.unaryOp(Token.SUB, lit.value(), 0)) : lit;
    }

    /** A comparison of two numbers or two strings. */
    Expr bool() {
        Token op = pick(Token.EQL, Token.NEQ, Token.LSS, Token.LEQ, Token.GTR, Token.GEQ);
        Expr a, b;
        switch (rnd.nextInt(3)) {
            case 0 -> { a = integer(2); b = rnd.nextBoolean() ? a : integer(2); }
            case 1 -> { a = floating(2); b = rnd.nextBoolean() ? integer(1) : floating(2); }
            default -> { a = string(1); b = rnd.nextBoolean() ? a : string(1); }
        }
        return new Expr("(" + a.src() + " " + op.text() + " " + b.src() + ")",
                Constant.makeBool(Constant.compare(a.value(), op, b.value())));
    }

    /** Floats must stay far inside gc's exponent range, and convertible where they are printed. */
    private static boolean reasonable(Value x) {
        return !(x instanceof Value.BigFloat b) || Math.abs(Floats.decimalExponent(b.value())) < 3000;
    }

    private Expr tryInteger(int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) return intLiteral();
        switch (rnd.nextInt(10)) {
            case 0 -> {
                Expr a = integer(depth - 1);
                Token op = pick(Token.SUB, Token.ADD, Token.XOR);
                return new Expr("(" + op.text() + a.src() + ")", Constant.unaryOp(op, a.value(), 0));
            }
            case 1 -> {
                Expr a = integer(depth - 1);
                Token op = pick(Token.SHL, Token.SHR);
                int s = rnd.nextInt(rnd.nextBoolean() ? 8 : 140);
                return new Expr("(" + a.src() + " " + op.text() + " " + s + ")", Constant.shift(a.value(), op, s));
            }
            default -> {
                Expr a = integer(depth - 1), b = integer(depth - 1);
                Token op = pick(Token.ADD, Token.SUB, Token.MUL, Token.QUO, Token.REM, Token.AND, Token.OR,
                        Token.XOR, Token.AND_NOT);
                if ((op == Token.QUO || op == Token.REM) && Constant.sign(b.value()) == 0) return null;
                Token computed = op == Token.QUO ? Token.QUO_ASSIGN : op;
                return new Expr("(" + a.src() + " " + op.text() + " " + b.src() + ")",
                        Constant.binaryOp(a.value(), computed, b.value()));
            }
        }
    }

    private Expr tryFloating(int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) return floatLiteral();
        if (rnd.nextInt(8) == 0) {
            // Huge operands (inexact BigFloats) whose quotient is back in float64's range.
            int exp = 1300 + rnd.nextInt(1500);
            Expr a = literal(digits(1 + rnd.nextInt(30)) + "e" + exp, Token.FLOAT);
            Expr b = literal(digits(1 + rnd.nextInt(30)) + "e" + (exp - rnd.nextInt(30)), Token.FLOAT);
            if (Constant.sign(b.value()) == 0) return null;
            return new Expr("(" + a.src() + " / " + b.src() + ")", Constant.binaryOp(a.value(), Token.QUO, b.value()));
        }
        if (rnd.nextInt(8) == 0) {
            Expr a = floating(depth - 1);
            return new Expr("(-" + a.src() + ")", Constant.unaryOp(Token.SUB, a.value(), 0));
        }
        Expr a = floating(depth - 1);
        Expr b = rnd.nextInt(3) == 0 ? integer(depth - 1) : floating(depth - 1);
        if (rnd.nextBoolean()) {
            Expr t = a;
            a = b;
            b = t;
        }
        Token op = pick(Token.ADD, Token.SUB, Token.MUL, Token.QUO);
        if (op == Token.QUO && Constant.sign(b.value()) == 0) return null;
        return new Expr("(" + a.src() + " " + op.text() + " " + b.src() + ")", Constant.binaryOp(a.value(), op, b.value()));
    }

    private Expr tryComplex(int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) return imagLiteral();
        Expr a = complex(depth - 1);
        Expr b = rnd.nextBoolean() ? complex(depth - 1) : rnd.nextBoolean() ? floating(depth - 1) : integer(depth - 1);
        if (rnd.nextBoolean()) {
            Expr t = a;
            a = b;
            b = t;
        }
        Token op = pick(Token.ADD, Token.SUB, Token.MUL, Token.QUO);
        if (op == Token.QUO && Constant.sign(b.value()) == 0) return null;
        return new Expr("(" + a.src() + " " + op.text() + " " + b.src() + ")", Constant.binaryOp(a.value(), op, b.value()));
    }

    // ---- literals ----

    private Expr intLiteral() {
        long v = switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt(10);
            case 1 -> rnd.nextInt(1000);
            case 2 -> (rnd.nextLong() >>> 1) >>> rnd.nextInt(63);
            default -> rnd.nextLong() >>> 1;
        };
        String src = switch (rnd.nextInt(7)) {
            case 0 -> "0x" + separated(Long.toHexString(v));
            case 1 -> "0b" + Long.toBinaryString(v);
            case 2 -> "0o" + separated(Long.toOctalString(v));
            case 3 -> "0" + Long.toOctalString(v);
            case 4 -> RUNES[rnd.nextInt(RUNES.length)];
            default -> separated(Long.toString(v));
        };
        return literal(src, src.startsWith("'") ? Token.CHAR : Token.INT);
    }

    private Expr floatLiteral() {
        String src = switch (rnd.nextInt(6)) {
            case 0 -> digits(1 + rnd.nextInt(4)) + "." + digits(rnd.nextInt(6));
            case 1 -> "." + digits(1 + rnd.nextInt(5));
            case 2 -> digits(1 + rnd.nextInt(3)) + "e" + (rnd.nextBoolean() ? "-" : "") + rnd.nextInt(rnd.nextInt(10) == 0 ? 2500 : 40);
            case 3 -> "0x" + Integer.toHexString(1 + rnd.nextInt(4096)) + "." + Integer.toHexString(rnd.nextInt(256)) + "p" + (rnd.nextInt(200) - 100);
            case 4 -> separated(digits(1 + rnd.nextInt(6))) + ".5e-" + rnd.nextInt(5);
            default -> digits(1 + rnd.nextInt(20)) + ".0";
        };
        return literal(src, Token.FLOAT);
    }

    private Expr imagLiteral() {
        String src = switch (rnd.nextInt(4)) {
            case 0 -> digits(1 + rnd.nextInt(3)) + "i";
            case 1 -> "0" + digits(1 + rnd.nextInt(3)) + "i";
            case 2 -> "0x1p" + (rnd.nextInt(20) - 10) + "i";
            default -> digits(1 + rnd.nextInt(2)) + "." + digits(1 + rnd.nextInt(3)) + "i";
        };
        return literal(src, Token.IMAG);
    }

    private static final String[] RUNES = {
        "'a'", "'~'", "'\\n'", "'\\''", "'\\\\'", "'\\x41'", "'\\xff'", "'\\377'", "'\\000'", "'\\u00e9'",
        "'\\U0001F600'", "'é'", "'世'", "'\\a'", "'\\v'", "'\"'",
    };

    /** Code points for string(rune(x)), valid and not (surrogates, too large, negative). */
    private static final long[] CODE_POINTS = {0, 65, 0x7F, 0xE9, 0x4E16, 0xFFFD, 0x1F600, 0x10FFFF, 0xD800, 0xDFFF, 0x110000, -1};

    private static final String[] PIECES = {
        "a", "Z", " ", "héllo", "世界", "\\n", "\\t", "\\x00", "\\xff", "\\x80\\x80", "\\u00e9", "\\U0001F600",
        "\\a", "\\v", "\\\\", "\\\"", "\\177", "\\u200b", "\\U0010ffff", "\\xe4\\xb8", "~", "0123456789",
    };

    private Expr stringLiteral() {
        if (rnd.nextInt(6) == 0) {
            long cp = CODE_POINTS[rnd.nextInt(CODE_POINTS.length)];
            return new Expr("string(rune(" + cp + "))", Constant.makeStringFromRune(Constant.makeInt64(cp)));
        }
        if (rnd.nextInt(5) == 0) return literal("`raw \\n " + PIECES[rnd.nextInt(6)] + "`", Token.STRING);
        StringBuilder b = new StringBuilder("\"");
        int n = rnd.nextInt(rnd.nextInt(6) == 0 ? 60 : 6);
        for (int i = 0; i < n; i++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
        return literal(b.append('"').toString(), Token.STRING);
    }

    private Expr literal(String src, Token kind) {
        Value v = Constant.makeFromLiteral(src, kind);
        if (v instanceof Value.Unknown) throw new AssertionError("generated a malformed literal " + src);
        return new Expr(src, v);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('0' + rnd.nextInt(10)));
        return b.toString();
    }

    /** Sometimes puts '_' between digits. */
    private String separated(String digits) {
        if (digits.length() < 2 || rnd.nextInt(3) != 0) return digits;
        int at = 1 + rnd.nextInt(digits.length() - 1);
        return digits.substring(0, at) + "_" + digits.substring(at);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }
}

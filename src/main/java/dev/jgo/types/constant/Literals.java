package dev.jgo.types.constant;

import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Value.Int;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Values of Go literals, following the spec's literal grammar exactly (digit separators, base
 * prefixes, escapes). Every parser returns null for malformed text; {@link #value} turns that
 * into UNKNOWN. Source text arrives as Java text; strings come out as byte strings (one char per
 * byte, see {@link Value.Str}).
 */
final class Literals {
    private Literals() {}

    /** Exponents beyond this are certainly out of range; capping them keeps the arithmetic in longs. */
    private static final long EXPONENT_CAP = 1_000_000_000_000L;

    static Value value(String lit, Token kind) {
        Value v = switch (kind) {
            case INT -> integer(lit);
            case FLOAT -> floating(lit);
            case IMAG -> imaginary(lit);
            case CHAR -> rune(lit);
            case STRING -> string(lit);
            default -> throw new IllegalArgumentException("not a literal token: " + kind);
        };
        return v == null ? Constant.unknown() : v;
    }

    // ---- numbers ----

    private static Int integer(String lit) {
        int base = 10, start = 0;
        boolean prefixed = false;
        if (lit.length() >= 2 && lit.charAt(0) == '0') {
            prefixed = true;
            switch (Character.toLowerCase(lit.charAt(1))) {
                case 'x' -> { base = 16; start = 2; }
                case 'b' -> { base = 2; start = 2; }
                case 'o' -> { base = 8; start = 2; }
                default -> { base = 8; start = 1; } // legacy octal: 0777
            }
        }
        String digits = digits(lit.substring(start), base, prefixed);
        return digits == null ? null : new Int(new BigInteger(digits, base));
    }

    private static Value floating(String lit) {
        boolean hex = lit.length() >= 2 && lit.charAt(0) == '0' && Character.toLowerCase(lit.charAt(1)) == 'x';
        return hex ? hexFloat(lit.substring(2)) : decimalFloat(lit);
    }

    /** An imaginary literal's value; its integer part counts as decimal even with a leading 0. */
    private static Value imaginary(String lit) {
        if (!lit.endsWith("i")) return null;
        String body = lit.substring(0, lit.length() - 1);
        char p = body.length() >= 2 && body.charAt(0) == '0' ? Character.toLowerCase(body.charAt(1)) : 0;
        Value im;
        if (p == 'x' && body.toLowerCase().contains("p")) im = hexFloat(body.substring(2));
        else if (p == 'x' || p == 'b' || p == 'o') im = integer(body);
        else im = decimalFloat(body);
        return im == null ? null : Constant.makeImag(Floats.of(im));
    }

    /** [digits] [. [digits]] [(e|E) [+-] digits], with at least one mantissa digit. */
    private static Value decimalFloat(String s) {
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        long exp = 0;
        if (e >= 0) {
            Long x = exponent(s.substring(e + 1));
            if (x == null) return null;
            exp = x;
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String fracPart = dot < 0 ? "" : s.substring(dot + 1);
        String intDigits = intPart.isEmpty() ? "" : digits(intPart, 10, false);
        String fracDigits = fracPart.isEmpty() ? "" : digits(fracPart, 10, false);
        if (intDigits == null || fracDigits == null || intDigits.isEmpty() && fracDigits.isEmpty()) return null;
        BigInteger m = new BigInteger(intDigits + fracDigits);
        exp -= fracDigits.length();
        if (m.signum() == 0) return Floats.ZERO;
        long magnitude = exp + intDigits.length() + fracDigits.length();
        if (magnitude > Floats.MAX_DECIMAL_EXP) return Constant.unknown();
        if (magnitude < -Floats.MAX_DECIMAL_EXP) return Floats.ZERO;
        return Floats.exactDecimal(new BigDecimal(m, (int) -exp));
    }

    /** After "0x": [_]hexdigits [. [hexdigits]] (p|P) [+-] digits; the exponent is required. */
    private static Value hexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        if (p < 0) return null;
        Long exp = exponent(s.substring(p + 1));
        if (exp == null) return null;
        String mantissa = s.substring(0, p);
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String intDigits = intPart.isEmpty() ? "" : digits(intPart, 16, true);
        String fracDigits = fracPart.isEmpty() ? "" : digits(fracPart, 16, false);
        if (intDigits == null || fracDigits == null || intDigits.isEmpty() && fracDigits.isEmpty()) return null;
        BigInteger m = new BigInteger(intDigits + fracDigits, 16);
        return Floats.timesPowerOfTwo(m, exp - 4L * fracDigits.length());
    }

    /** [+-] digits, capped at ±{@link #EXPONENT_CAP}. */
    private static Long exponent(String s) {
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) s = s.substring(1);
        String d = s.isEmpty() ? null : digits(s, 10, false);
        if (d == null) return null;
        long v = d.length() > 12 ? EXPONENT_CAP : Math.min(Long.parseLong(d), EXPONENT_CAP);
        return negative ? -v : v;
    }

    /**
     * The ASCII digits of s in the base without its '_' separators, or null when s has no digit,
     * a non-digit, or a '_' not between two digits (or, after a base prefix, before the first).
     */
    private static String digits(String s, int base, boolean afterPrefix) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                boolean before = i == 0 ? afterPrefix : s.charAt(i - 1) != '_';
                boolean after = i + 1 < s.length() && s.charAt(i + 1) != '_';
                if (!before || !after) return null;
            } else if (c < 0x80 && Character.digit(c, base) >= 0) {
                b.append(c);
            } else {
                return null;
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    // ---- characters and strings ----

    private static Int rune(String lit) {
        if (lit.length() < 3 || lit.charAt(0) != '\'' || lit.charAt(lit.length() - 1) != '\'') return null;
        String body = lit.substring(1, lit.length() - 1);
        Escape c = body.charAt(0) == '\\'
                ? escape(body, 0, '\'')
                : body.charAt(0) == '\'' ? null : new Escape(body.codePointAt(0), false, Character.charCount(body.codePointAt(0)));
        if (c == null || c.end() != body.length()) return null;
        return new Int(BigInteger.valueOf(c.value()));
    }

    private static Value.Str string(String lit) {
        int n = lit.length();
        if (n >= 2 && lit.charAt(0) == '`' && lit.charAt(n - 1) == '`') {
            return new Value.Str(Utf8.encode(lit.substring(1, n - 1).replace("\r", "")));
        }
        if (n < 2 || lit.charAt(0) != '"' || lit.charAt(n - 1) != '"') return null;
        String body = lit.substring(1, n - 1);
        StringBuilder bytes = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c == '"' || c == '\n') return null;
            if (c == '\\') {
                Escape e = escape(body, i, '"');
                if (e == null) return null;
                if (e.isByte()) bytes.append((char) e.value());
                else Utf8.encode(e.value(), bytes);
                i = e.end();
            } else {
                int cp = body.codePointAt(i);
                Utf8.encode(cp, bytes);
                i += Character.charCount(cp);
            }
        }
        return new Value.Str(bytes.toString());
    }

    /** An escape's value; isByte for \x and octal escapes, which stand for one byte, not a rune. */
    private record Escape(int value, boolean isByte, int end) {}

    /** The escape sequence at s[i] == '\\' inside a literal quoted by quote; null when invalid. */
    private static Escape escape(String s, int i, char quote) {
        if (i + 1 >= s.length()) return null;
        char c = s.charAt(i + 1);
        int simple = switch (c) {
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            case '\\' -> '\\';
            case '\'', '"' -> c == quote ? c : -1;
            default -> -1;
        };
        if (simple >= 0) return new Escape(simple, false, i + 2);
        return switch (c) {
            case 'x' -> fixed(s, i + 2, 2, 16, true);
            case 'u' -> fixed(s, i + 2, 4, 16, false);
            case 'U' -> fixed(s, i + 2, 8, 16, false);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> fixed(s, i + 1, 3, 8, true);
            default -> null;
        };
    }

    /** Exactly n digits of the base at s[from]: a byte (at most 255) or a valid code point. */
    private static Escape fixed(String s, int from, int n, int base, boolean isByte) {
        if (from + n > s.length()) return null;
        String d = s.substring(from, from + n);
        if (d.chars().anyMatch(c -> c >= 0x80 || Character.digit(c, base) < 0)) return null;
        long v = Long.parseLong(d, base);
        boolean ok = isByte ? v <= 0xFF : Utf8.isValidRune(v);
        return ok ? new Escape((int) v, isByte, from + n) : null;
    }
}

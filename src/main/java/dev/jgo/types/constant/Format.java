package dev.jgo.types.constant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The short forms gc prints constants in: floats with six significant digits, quoted strings. */
final class Format {
    private Format() {}

    /** gc shortens quoted strings in messages to this many runes, quotes included. */
    static final int MAX_STRING_RUNES = 72;

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    /**
     * A FLOAT as gc prints it: within float64's range like C's {@code %.6g} of the nearest
     * float64 ({@code 0.1}, {@code 1e+100}); outside it, six digits with an unpadded exponent
     * ({@code 1e+400}).
     */
    static String floatString(Value x) {
        double d = Floats.toBinary(x, Ieee.FLOAT64);
        if ((d == 0) == (Floats.sign(x) == 0) && !Double.isInfinite(d)) return g6(new BigDecimal(d));
        BigDecimal r = Floats.decimal(x).round(SIX_DIGITS).stripTrailingZeros();
        long exp = Floats.decimalExponent(r);
        return r.movePointLeft((int) exp).toPlainString() + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    /** {@code %.6g}: six significant digits, trailing zeros dropped, exponent form outside 1e-4..1e6. */
    private static String g6(BigDecimal exact) {
        if (exact.signum() == 0) return "0";
        BigDecimal r = exact.round(SIX_DIGITS).stripTrailingZeros();
        long exp = Floats.decimalExponent(r);
        if (exp < -4 || exp >= SIX_DIGITS.getPrecision()) {
            String mantissa = r.movePointLeft((int) exp).toPlainString();
            String digits = Long.toString(Math.abs(exp));
            return mantissa + "e" + (exp < 0 ? "-" : "+") + (digits.length() < 2 ? "0" : "") + digits;
        }
        return r.toPlainString();
    }

    /**
     * A byte string in Go's double-quoted form (printable runes kept, the rest escaped), cut to
     * maxRunes runes with "..." when longer, as gc does in messages.
     */
    static String quote(String bytes, int maxRunes) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < bytes.length(); ) {
            Utf8.Rune r = Utf8.decode(bytes, i);
            if (r.value() == Utf8.RUNE_ERROR && r.size() == 1) {
                hex(q, "\\x", bytes.charAt(i), 2);
            } else {
                escape(q, r.value());
            }
            i += r.size();
        }
        String s = q.append('"').toString();
        if (s.codePointCount(0, s.length()) <= maxRunes) return s;
        return s.substring(0, s.offsetByCodePoints(0, maxRunes - 3)) + "...";
    }

    private static void escape(StringBuilder q, int r) {
        switch (r) {
            case '"', '\\' -> q.append('\\').appendCodePoint(r);
            case 0x07 -> q.append("\\a");
            case '\b' -> q.append("\\b");
            case '\f' -> q.append("\\f");
            case '\n' -> q.append("\\n");
            case '\r' -> q.append("\\r");
            case '\t' -> q.append("\\t");
            case 0x0B -> q.append("\\v");
            default -> {
                if (isPrint(r)) q.appendCodePoint(r);
                else if (r < ' ' || r == 0x7F) hex(q, "\\x", r, 2);
                else if (r < 0x10000) hex(q, "\\u", r, 4);
                else hex(q, "\\U", r, 8);
            }
        }
    }

    private static void hex(StringBuilder q, String prefix, int v, int width) {
        String h = Integer.toHexString(v);
        q.append(prefix).append("0".repeat(Math.max(0, width - h.length()))).append(h);
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int r) {
        if (r == ' ') return true;
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}

package dev.jgo.syntax;

/** Formats characters the way gc's messages do (Go's %q of a rune and %#U). */
final class GoQuote {
    private GoQuote() {}

    /** A rune as a Go rune literal: 'a', '\n', '\x00', '\u00a0'. */
    static String rune(int c) {
        String body = switch (c) {
            case 7 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 11 -> "\\v";
            case '\\' -> "\\\\";
            case '\'' -> "\\'";
            default -> {
                if (isPrint(c)) yield new String(Character.toChars(c));
                if (c < ' ' || c == 0x7F) yield String.format("\\x%02x", c);
                if (c > 0x10FFFF || c >= 0xD800 && c < 0xE000) yield "\\ufffd";
                yield c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            }
        };
        return "'" + body + "'";
    }

    /** Go's %#U: U+0040 '@', or just U+0000 for a character that does not print. */
    static String unicode(int c) {
        String code = String.format("U+%04X", c);
        return isPrint(c) ? code + " '" + new String(Character.toChars(c)) + "'" : code;
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int c) {
        if (c == ' ') return true;
        if (c < 0 || c > 0x10FFFF) return false;
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}

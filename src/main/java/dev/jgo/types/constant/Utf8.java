package dev.jgo.types.constant;

/**
 * UTF-8 over byte strings (Java strings holding one byte per char), with Go's rules: a
 * malformed sequence decodes as U+FFFD of width one, and invalid code points encode as U+FFFD.
 */
final class Utf8 {
    private Utf8() {}

    static final int RUNE_ERROR = 0xFFFD;

    /** A decoded rune and the number of bytes it took. */
    record Rune(int value, int size) {}

    static boolean isValidRune(long r) {
        return r >= 0 && r <= Character.MAX_CODE_POINT && !(r >= 0xD800 && r <= 0xDFFF);
    }

    /** Appends the UTF-8 bytes of r (U+FFFD when r is not a valid code point). */
    static void encode(long r, StringBuilder bytes) {
        int c = isValidRune(r) ? (int) r : RUNE_ERROR;
        if (c < 0x80) {
            bytes.append((char) c);
        } else if (c < 0x800) {
            bytes.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            bytes.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        } else {
            bytes.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
    }

    /** The byte string of Java text (lone surrogates become U+FFFD). */
    static String encode(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> encode(c, b));
        return b.toString();
    }

    /** The rune starting at byte i of a byte string. */
    static Rune decode(String bytes, int i) {
        int b0 = bytes.charAt(i);
        if (b0 < 0x80) return new Rune(b0, 1);
        int size = b0 >= 0xF5 ? 0 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
        if (size == 0 || i + size > bytes.length()) return new Rune(RUNE_ERROR, 1);
        int r = b0 & (0x7F >> size);
        for (int k = 1; k < size; k++) {
            int b = bytes.charAt(i + k);
            if ((b & 0xC0) != 0x80) return new Rune(RUNE_ERROR, 1);
            r = r << 6 | b & 0x3F;
        }
        boolean overlong = size == 3 && r < 0x800 || size == 4 && r < 0x10000;
        if (overlong || !isValidRune(r)) return new Rune(RUNE_ERROR, 1);
        return new Rune(r, size);
    }

    /** Java text for a byte string, malformed bytes replaced by U+FFFD. */
    static String decode(String bytes) {
        StringBuilder b = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); ) {
            Rune r = decode(bytes, i);
            b.appendCodePoint(r.value());
            i += r.size();
        }
        return b.toString();
    }
}

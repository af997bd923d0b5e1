package dev.jgo.syntax;

import java.nio.charset.StandardCharsets;

/**
 * The character level of the scanner: decodes UTF-8 from the byte array one code point at a
 * time (reporting invalid encodings, NUL and misplaced BOMs as gc does), tracks lines and byte
 * columns, and maps them to reported positions through //line directives.
 */
abstract class SourceReader {
    /** Receives the scanner's errors. */
    interface ErrorSink {
        void error(Pos pos, String msg);
    }

    private final String filename;
    final byte[] src;
    private final ErrorSink errors;

    // The current character (-1 at the end), where it starts and where the next one starts.
    int ch;
    int chOff;
    int nextOff;
    int line = 1;
    int lineStart;

    // Where the current token starts.
    int tokLine;
    int tokCol;
    int tokOff;

    // The position base set by the last //line directive: positions from (baseFromLine,
    // baseFromCol) on are reported as baseFile:baseLine:baseCol onwards; baseCol 0 means unknown.
    private String baseFile;
    private int baseLine;
    private int baseCol;
    private int baseFromLine;
    private int baseFromCol;

    SourceReader(String filename, byte[] src, ErrorSink errors) {
        this.filename = filename;
        this.src = src;
        this.errors = errors;
        this.ch = ' ';
        nextch();
    }

    /** Marks the current character as the start of a token. */
    void startToken() {
        tokLine = line;
        tokCol = chOff - lineStart + 1;
        tokOff = chOff;
    }

    /** The position reported for an actual line and byte column, after //line directives. */
    Pos makePos(int l, int c) {
        if (baseFile == null) return new Pos(filename, l, c);
        int col = baseCol == 0 ? 0 : l == baseFromLine ? baseCol + (c - baseFromCol) : c;
        return new Pos(baseFile, baseLine + (l - baseFromLine), col);
    }

    void errorHere(String msg) {
        errors.error(makePos(line, chOff - lineStart + 1), msg);
    }

    /** Reports an error offset bytes after the start of the current token. */
    void errorInToken(int offset, String msg) {
        errors.error(makePos(tokLine, tokCol + offset), msg);
    }

    // ---- characters

    void nextch() {
        for (;;) {
            if (ch == '\n') {
                line++;
                lineStart = nextOff;
            }
            chOff = nextOff;
            if (chOff >= src.length) {
                ch = -1;
                return;
            }
            int b = src[chOff];
            if (b > 0) {
                nextOff = chOff + 1;
                ch = b;
                return;
            }
            if (b == 0) {
                nextOff = chOff + 1;
                ch = 0;
                errorHere("invalid NUL character");
                continue;
            }
            int cp = decodeUtf8(src, chOff);
            if (cp < 0) {
                nextOff = chOff + 1;
                ch = 0;
                errorHere("invalid UTF-8 encoding");
                continue;
            }
            nextOff = chOff + utf8Width(cp);
            ch = cp;
            if (cp == 0xFEFF) {
                if (chOff > 0) errorHere("invalid BOM in the middle of the file");
                continue;
            }
            return;
        }
    }

    /** Decodes the multi-byte UTF-8 sequence at off, or returns -1 if it is not valid UTF-8. */
    private static int decodeUtf8(byte[] b, int off) {
        int b0 = b[off] & 0xFF;
        int n;
        int cp;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            return -1;
        }
        if (off + n >= b.length) return -1;
        for (int i = 1; i <= n; i++) {
            int c = b[off + i] & 0xFF;
            if ((c & 0xC0) != 0x80) return -1;
            cp = cp << 6 | c & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp < 0xE000) return -1;
        return cp;
    }

    private static int utf8Width(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    String text(int from, int to) {
        return new String(src, from, to - from, StandardCharsets.UTF_8);
    }

    boolean got(int c) {
        if (ch != c) return false;
        nextch();
        return true;
    }

    /** The byte n positions after the current character (ASCII lookahead), or -1. */
    int peek(int n) {
        int i = chOff + n;
        return i < src.length ? src[i] : -1;
    }

    static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static int lower(int c) {
        return c | 0x20;
    }

    /**
     * Applies {@code line filename:line[:col]} (the text [from, to) after "line "), which names
     * the position (atLine, atCol); text without a trailing :number is not a line directive.
     */
    void lineDirective(int from, int to, int atLine, int atCol) {
        String text = text(from, to);
        int argCol = tokCol + 2 + 5;
        int colon = text.lastIndexOf(':');
        if (colon < 0) return;
        long n = parseNumber(text.substring(colon + 1));
        if (n < 0) {
            errors.error(makePos(tokLine, argCol + colon + 1), "invalid line number: " + text.substring(colon + 1));
            return;
        }
        long lineNum = n;
        long colNum = 0;
        int lineColon = colon;
        int colon2 = text.lastIndexOf(':', colon - 1);
        long n2 = colon2 < 0 ? -1 : parseNumber(text.substring(colon2 + 1, colon));
        if (n2 >= 0) {
            lineNum = n2;
            colNum = n;
            lineColon = colon2;
            if (colNum == 0 || colNum > MAX_POS) {
                errors.error(makePos(tokLine, argCol + colon + 1), "invalid column number: " + text.substring(colon + 1));
                return;
            }
        }
        if (lineNum == 0 || lineNum > MAX_POS) {
            errors.error(makePos(tokLine, argCol + lineColon + 1),
                    "invalid line number: " + text.substring(lineColon + 1, n2 >= 0 ? colon : text.length()));
            return;
        }
        String file = text.substring(0, lineColon);
        if (file.isEmpty() && n2 >= 0) file = baseFile != null ? baseFile : filename;
        baseFile = file;
        baseLine = (int) lineNum;
        baseCol = (int) colNum;
        baseFromLine = atLine;
        baseFromCol = atCol;
    }

    private static final long MAX_POS = 1 << 30;

    /** A non-negative decimal number, or -1 if s is not one. */
    private static long parseNumber(String s) {
        if (s.isEmpty() || s.length() > 18) return -1;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDecimal(c)) return -1;
            n = n * 10 + c - '0';
        }
        return n;
    }

    boolean startsWith(int off, String prefix) {
        if (off + prefix.length() > src.length) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (src[off + i] != prefix.charAt(i)) return false;
        }
        return true;
    }
}

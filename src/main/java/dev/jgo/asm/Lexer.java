package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one assembly source file into tokens. Newlines are tokens (statements and preprocessor
 * directives end at them); comments are dropped, except that a block comment spanning lines still
 * advances the line count. A backslash at the end of a line joins it with the next, which is how
 * multi-line {@code #define}s are written; it becomes a CONTINUATION token.
 */
final class Lexer {
    private static final String[] PUNCTS = {"<<", ">>", "(", ")", ",", "$", "+", "-", "*", "/", "%", "&", "|",
        "^", "~", ":", ";", "<", ">", "!", "#", "=", "[", "]", "{", "}", "@", "."};

    private final String file;
    private final String src;
    private int at;
    private int line = 1;
    private int start;
    private int lastEnd = -1;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String file, String src) {
        this.file = file;
        this.src = src;
    }

    static List<Token> tokens(String file, String src) {
        Lexer l = new Lexer(file, src);
        l.run();
        return l.out;
    }

    private void run() {
        while (at < src.length()) {
            char c = src.charAt(at);
            start = at;
            if (c == '\n') {
                add(Token.Kind.NEWLINE, "\n");
                at++;
                line++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                at++;
            } else if (c == '\\' && continuesLine()) {
                add(Token.Kind.CONTINUATION, "\\");
                line++;
            } else if (src.startsWith("//", at)) {
                while (at < src.length() && src.charAt(at) != '\n') at++;
            } else if (src.startsWith("/*", at)) {
                blockComment();
            } else if (isIdentStart(src.codePointAt(at))) {
                identifier();
            } else if (Character.isDigit(c)) {
                number();
            } else if (c == '\'') {
                quoted('\'', Token.Kind.CHAR);
            } else if (c == '"') {
                quoted('"', Token.Kind.STRING);
            } else {
                punct();
            }
        }
        add(Token.Kind.NEWLINE, "\n");
        add(Token.Kind.EOF, "");
    }

    /**
     * Consumes a backslash that ends its line (white space and a // comment may follow it) and says
     * whether it was one.
     */
    private boolean continuesLine() {
        int next = at + 1;
        while (next < src.length() && (src.charAt(next) == ' ' || src.charAt(next) == '\t' || src.charAt(next) == '\r')) next++;
        if (src.startsWith("//", next)) {
            while (next < src.length() && src.charAt(next) != '\n') next++;
        }
        if (next < src.length() && src.charAt(next) == '\n') {
            at = next + 1;
            return true;
        }
        return false;
    }

    private void blockComment() {
        int first = line;
        int end = src.indexOf("*/", at + 2);
        if (end < 0) throw new AsmError(pos(first), "comment not terminated");
        for (int i = at; i < end; i++) if (src.charAt(i) == '\n') line++;
        at = end + 2;
    }

    /** Letters, '_', the middle dot (package separator) and the division slash (path separator). */
    static boolean isIdentStart(int cp) {
        return Character.isLetter(cp) || cp == '_' || cp == '\u00B7' || cp == '\u2215';
    }

    private void identifier() {
        while (at < src.length()) {
            int cp = src.codePointAt(at);
            if (!isIdentStart(cp) && !Character.isDigit(cp)) break;
            at += Character.charCount(cp);
        }
        add(Token.Kind.IDENT, src.substring(start, at));
    }

    /** Integers in Go's notations (0x, 0o, 0b, leading-zero octal, underscores) and decimal floats. */
    private void number() {
        boolean hex = src.startsWith("0x", at) || src.startsWith("0X", at);
        boolean isFloat = false;
        while (at < src.length()) {
            char c = src.charAt(at);
            boolean exponentSign = (c == '+' || c == '-') && !hex && isFloat && "eE".indexOf(src.charAt(at - 1)) >= 0;
            if (c == '.' || !hex && (c == 'e' || c == 'E')) isFloat = true;
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && !exponentSign) break;
            at++;
        }
        add(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, src.substring(start, at));
    }

    private void quoted(char quote, Token.Kind kind) {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
            if (at >= src.length() || src.charAt(at) == '\n') throw new AsmError(pos(line), "literal not terminated");
            char c = src.charAt(at);
            if (c == quote) break;
            if (c == '\\') {
                at++;
                escape(b, quote);
            } else {
                b.appendCodePoint(src.codePointAt(at));
                at += Character.charCount(src.codePointAt(at));
            }
        }
        at++;
        add(kind, b.toString());
    }

    private void escape(StringBuilder b, char quote) {
        if (at >= src.length()) throw new AsmError(pos(line), "literal not terminated");
        char c = src.charAt(at++);
        switch (c) {
            case 'a' -> b.append('\u0007');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'n' -> b.append('\n');
            case 'r' -> b.append('\r');
            case 't' -> b.append('\t');
            case 'v' -> b.append('\u000B');
            case '\\' -> b.append('\\');
            case 'x' -> b.append((char) digits(2, 16));
            case 'u' -> b.appendCodePoint(digits(4, 16));
            case 'U' -> b.appendCodePoint(digits(8, 16));
            default -> {
                if (c >= '0' && c <= '7') {
                    at--;
                    b.append((char) digits(3, 8));
                } else if (c == quote) {
                    b.append(c);
                } else {
                    throw new AsmError(pos(line), "unknown escape sequence");
                }
            }
        }
    }

    private int digits(int n, int radix) {
        if (at + n > src.length()) throw new AsmError(pos(line), "literal not terminated");
        try {
            int v = Integer.parseInt(src.substring(at, at + n), radix);
            at += n;
            return v;
        } catch (NumberFormatException e) {
            throw new AsmError(pos(line), "illegal character in escape sequence");
        }
    }

    private void punct() {
        for (String p : PUNCTS) {
            if (src.startsWith(p, at)) {
                at += p.length();
                add(Token.Kind.PUNCT, p);
                return;
            }
        }
        int cp = src.codePointAt(at);
        throw new AsmError(pos(line), "unexpected input character " + new String(Character.toChars(cp)));
    }

    private void add(Token.Kind kind, String text) {
        out.add(new Token(kind, text, pos(line), start != lastEnd));
        lastEnd = at;
    }

    private Pos pos(int l) {
        return new Pos(file, l, 0);
    }
}

package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * One lexical token of an assembly source. {@code text} is the token as written, except for
 * character and string literals, whose text is the decoded value. {@code spaced} says whether
 * white space precedes it, which tells {@code #define F(x)} from {@code #define F (x)}.
 */
record Token(Kind kind, String text, Pos pos, boolean spaced) {
    /** CONTINUATION is a backslash ending a line: inside a #define it separates statements of the body. */
    enum Kind { IDENT, INT, FLOAT, CHAR, STRING, PUNCT, NEWLINE, CONTINUATION, EOF }

    boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }

    /** The token the way a message quotes it. */
    String spelling() {
        return switch (kind) {
            case NEWLINE -> "newline";
            case EOF -> "EOF";
            case CHAR -> "'" + text + "'";
            case STRING -> "\"" + text + "\"";
            default -> text;
        };
    }

    /** The same token produced at another position (a macro expansion reports the use site). */
    Token at(Pos where) {
        return new Token(kind, text, where, spaced);
    }
}

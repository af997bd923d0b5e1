package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bytes of one Go source file into tokens, inserting semicolons by Go's rule and
 * keeping directive comments. Works directly on the byte array: a "character" is a decoded code
 * point and columns count bytes, as gc's do. Lexical errors are reported with gc's wording and
 * scanning goes on.
 */
final class Scanner extends SourceReader {
    private static final Map<String, Token> KEYWORDS = new HashMap<>();

    static {
        for (Token t : Token.values()) {
            if (t.isKeyword()) KEYWORDS.put(t.text(), t);
        }
    }

    /** Every directive comment seen so far, in source order. */
    final List<Directive> directives = new ArrayList<>();

    /** True when a newline (or the end of the file) must become a semicolon. */
    private boolean nlsemi;

    // The current token. lit is the source text of names and literals, and for SEMICOLON
    // says what stood there ("semicolon", "newline" or "EOF"), as gc's messages do.
    Token tok;
    String lit;

    Scanner(String filename, byte[] src, ErrorSink errors) {
        super(filename, src, errors);
    }

    /** The current token's position. */
    Pos pos() {
        return makePos(tokLine, tokCol);
    }

    // ---- tokens

    void next() {
        boolean semiOnNewline = nlsemi;
        nlsemi = false;
        for (;;) {
            while (ch == ' ' || ch == '\t' || ch == '\n' && !semiOnNewline || ch == '\r') nextch();
            startToken();
            if (isLetter(ch) || ch >= 0x80 && atIdentChar(true)) {
                identifier();
                return;
            }
            if (scanOther(semiOnNewline)) return;
        }
    }

    /** Scans everything but identifiers; returns false when only a comment or bad character was skipped. */
    private boolean scanOther(boolean semiOnNewline) {
        switch (ch) {
            case -1 -> {
                if (semiOnNewline) {
                    semicolon("EOF");
                } else {
                    tok = Token.EOF;
                }
            }
            case '\n' -> {
                nextch();
                semicolon("newline");
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(false);
            case '"' -> interpretedString();
            case '`' -> rawString();
            case '\'' -> runeLiteral();
            case '(' -> op1(Token.LPAREN);
            case '[' -> op1(Token.LBRACK);
            case '{' -> op1(Token.LBRACE);
            case ',' -> op1(Token.COMMA);
            case ';' -> {
                nextch();
                semicolon("semicolon");
            }
            case ')' -> closer(Token.RPAREN);
            case ']' -> closer(Token.RBRACK);
            case '}' -> closer(Token.RBRACE);
            case ':' -> {
                nextch();
                tok = got('=') ? Token.DEFINE : Token.COLON;
            }
            case '.' -> {
                if (isDecimal(peek(1))) {
                    nextch();
                    number(true);
                } else if (peek(1) == '.' && peek(2) == '.') {
                    nextch();
                    nextch();
                    op1(Token.ELLIPSIS);
                } else {
                    op1(Token.PERIOD);
                }
            }
            case '+' -> {
                nextch();
                if (got('+')) {
                    incDec(Token.INC);
                } else {
                    tok = got('=') ? Token.ADD_ASSIGN : Token.ADD;
                }
            }
            case '-' -> {
                nextch();
                if (got('-')) {
                    incDec(Token.DEC);
                } else {
                    tok = got('=') ? Token.SUB_ASSIGN : Token.SUB;
                }
            }
            case '*' -> {
                nextch();
                tok = got('=') ? Token.MUL_ASSIGN : Token.MUL;
            }
            case '/' -> {
                nextch();
                if (ch == '/') {
                    nextch();
                    lineComment();
                    return false;
                }
                if (ch == '*') {
                    nextch();
                    generalComment();
                    if (line > tokLine && semiOnNewline) {
                        // A comment spanning lines acts like a newline.
                        semicolon("newline");
                        return true;
                    }
                    return false;
                }
                tok = got('=') ? Token.QUO_ASSIGN : Token.QUO;
            }
            case '%' -> {
                nextch();
                tok = got('=') ? Token.REM_ASSIGN : Token.REM;
            }
            case '&' -> {
                nextch();
                if (got('&')) {
                    tok = Token.LAND;
                } else if (got('^')) {
                    tok = got('=') ? Token.AND_NOT_ASSIGN : Token.AND_NOT;
                } else {
                    tok = got('=') ? Token.AND_ASSIGN : Token.AND;
                }
            }
            case '|' -> {
                nextch();
                if (got('|')) {
                    tok = Token.LOR;
                } else {
                    tok = got('=') ? Token.OR_ASSIGN : Token.OR;
                }
            }
            case '^' -> {
                nextch();
                tok = got('=') ? Token.XOR_ASSIGN : Token.XOR;
            }
            case '<' -> {
                nextch();
                if (got('=')) {
                    tok = Token.LEQ;
                } else if (got('<')) {
                    tok = got('=') ? Token.SHL_ASSIGN : Token.SHL;
                } else if (got('-')) {
                    tok = Token.ARROW;
                } else {
                    tok = Token.LSS;
                }
            }
            case '>' -> {
                nextch();
                if (got('=')) {
                    tok = Token.GEQ;
                } else if (got('>')) {
                    tok = got('=') ? Token.SHR_ASSIGN : Token.SHR;
                } else {
                    tok = Token.GTR;
                }
            }
            case '=' -> {
                nextch();
                tok = got('=') ? Token.EQL : Token.ASSIGN;
            }
            case '!' -> {
                nextch();
                tok = got('=') ? Token.NEQ : Token.NOT;
            }
            case '~' -> op1(Token.TILDE);
            default -> {
                errorHere("invalid character " + GoQuote.unicode(ch));
                nextch();
                return false;
            }
        }
        return true;
    }

    private void op1(Token t) {
        nextch();
        tok = t;
    }

    private void closer(Token t) {
        nextch();
        nlsemi = true;
        tok = t;
    }

    private void incDec(Token t) {
        nlsemi = true;
        tok = t;
    }

    private void semicolon(String what) {
        tok = Token.SEMICOLON;
        lit = what;
    }

    private void identifier() {
        nextch();
        while (isLetter(ch) || isDecimal(ch) || ch >= 0x80 && atIdentChar(false)) nextch();
        String name = text(tokOff, chOff);
        Token kw = name.length() >= 2 && name.charAt(0) >= 'b' && name.charAt(0) <= 'v' ? KEYWORDS.get(name) : null;
        if (kw != null) {
            nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH || kw == Token.RETURN;
            tok = kw;
            return;
        }
        nlsemi = true;
        lit = name;
        tok = Token.IDENT;
    }

    private boolean atIdentChar(boolean first) {
        if (Character.isLetter(ch) || ch == '_') return true;
        if (Character.isDigit(ch)) {
            if (first) errorHere("identifier cannot begin with digit " + GoQuote.unicode(ch));
            return true;
        }
        if (ch >= 0x80) {
            errorHere("invalid character " + GoQuote.unicode(ch) + " in identifier");
            return true;
        }
        return false;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    // ---- numbers

    private static final int DIGIT = 1;
    private static final int SEPARATOR = 2;

    /** Index in the literal of the first digit too large for the base, or -1. */
    private int invalidDigit;

    /**
     * Accepts { digit | '_' } and says which of the two it saw (DIGIT, SEPARATOR bits). For bases up
     * to 10 every decimal digit is accepted and the first one too large is remembered.
     */
    private int digits(int base) {
        int seen = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch) || ch == '_') {
                if (ch == '_') {
                    seen |= SEPARATOR;
                } else {
                    seen |= DIGIT;
                    if (ch >= max && invalidDigit < 0) invalidDigit = chOff - tokOff;
                }
                nextch();
            }
        } else {
            while (isHex(ch) || ch == '_') {
                seen |= ch == '_' ? SEPARATOR : DIGIT;
                nextch();
            }
        }
        return seen;
    }

    private void number(boolean seenPoint) {
        boolean ok = true;
        Token kind = Token.INT;
        int base = 10;
        int prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
        int seen = 0;
        invalidDigit = -1;

        if (!seenPoint) {
            if (ch == '0') {
                nextch();
                switch (lower(ch)) {
                    case 'x' -> {
                        nextch();
                        base = 16;
                        prefix = 'x';
                    }
                    case 'o' -> {
                        nextch();
                        base = 8;
                        prefix = 'o';
                    }
                    case 'b' -> {
                        nextch();
                        base = 2;
                        prefix = 'b';
                    }
                    default -> {
                        base = 8;
                        prefix = '0';
                        seen = DIGIT; // the leading 0
                    }
                }
            }
            seen |= digits(base);
            if (ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    errorHere("invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                nextch();
                seenPoint = true;
            }
        }
        if (seenPoint) {
            kind = Token.FLOAT;
            seen |= digits(base);
        }
        if ((seen & DIGIT) == 0 && ok) {
            errorHere(baseName(base) + " literal has no digits");
            ok = false;
        }

        int e = lower(ch);
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    errorHere(GoQuote.rune(ch) + " exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    errorHere(GoQuote.rune(ch) + " exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            nextch();
            kind = Token.FLOAT;
            if (ch == '+' || ch == '-') nextch();
            int expSeen = digits(10);
            seen = expSeen | seen & SEPARATOR;
            if ((expSeen & DIGIT) == 0 && ok) {
                errorHere("exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && kind == Token.FLOAT && ok) {
            errorHere("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if (ch == 'i') {
            kind = Token.IMAG;
            nextch();
        }

        tok = kind;
        lit = text(tokOff, chOff);
        nlsemi = true;

        if (kind == Token.INT && invalidDigit >= 0 && ok) {
            errorInToken(invalidDigit, "invalid digit " + GoQuote.rune(lit.charAt(invalidDigit)) + " in "
                    + baseName(base) + " literal");
            ok = false;
        }
        if ((seen & SEPARATOR) != 0 && ok) {
            int i = invalidSeparator(lit);
            if (i >= 0) errorInToken(i, "'_' must separate successive digits");
        }
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /** Index of the first '_' in a number literal that does not stand between two digits, or -1. */
    private static int invalidSeparator(String x) {
        boolean hex = false;
        char prev = '.'; // '0' for a digit (a base prefix counts as one), '_', or '.' for anything else
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            int p = lower(x.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                hex = p == 'x';
                prev = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '_') {
                if (prev != '0') return i;
                prev = '_';
            } else if (isDecimal(c) || hex && isHex(c)) {
                prev = '0';
            } else {
                if (prev == '_') return i - 1;
                prev = '.';
            }
        }
        return prev == '_' ? x.length() - 1 : -1;
    }

    // ---- runes and strings

    private void runeLiteral() {
        boolean ok = true;
        nextch();
        for (int n = 0; ; n++) {
            if (ch == '\'') {
                if (ok) {
                    if (n == 0) {
                        errorHere("empty rune literal or unescaped '");
                        ok = false;
                    } else if (n != 1) {
                        errorInToken(0, "more than one character in rune literal");
                        ok = false;
                    }
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('\'')) ok = false;
                continue;
            }
            if (ch == '\n') {
                if (ok) errorHere("newline in rune literal");
                break;
            }
            if (ch < 0) {
                if (ok) errorInToken(0, "rune literal not terminated");
                break;
            }
            nextch();
        }
        literal(Token.CHAR);
    }

    private void interpretedString() {
        nextch();
        for (;;) {
            if (ch == '"') {
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                escape('"');
                continue;
            }
            if (ch == '\n') {
                errorHere("newline in string");
                break;
            }
            if (ch < 0) {
                errorInToken(0, "string not terminated");
                break;
            }
            nextch();
        }
        literal(Token.STRING);
    }

    private void rawString() {
        nextch();
        boolean hasCR = false;
        for (;;) {
            if (ch == '`') {
                nextch();
                break;
            }
            if (ch < 0) {
                errorInToken(0, "string not terminated");
                break;
            }
            hasCR |= ch == '\r';
            nextch();
        }
        literal(Token.STRING);
        // Carriage returns are not part of a raw string's value; dropping them here keeps the
        // literal's text a valid raw string whose value is right.
        if (hasCR) lit = lit.replace("\r", "");
    }

    private void literal(Token kind) {
        tok = kind;
        lit = text(tokOff, chOff);
        nlsemi = true;
    }

    /** Checks the escape after a backslash; returns false (after reporting) if it is invalid. */
    private boolean escape(int quote) {
        int n;
        int base;
        int max;
        switch (ch) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                nextch();
                return true;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                nextch();
                n = 4;
                base = 16;
                max = 0x10FFFF;
            }
            case 'U' -> {
                nextch();
                n = 8;
                base = 16;
                max = 0x10FFFF;
            }
            default -> {
                if (ch == quote) {
                    nextch();
                    return true;
                }
                if (ch < 0) return true; // the caller reports the missing end
                errorHere("unknown escape");
                return false;
            }
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch < 0) return true;
            int d = base;
            if (isDecimal(ch)) {
                d = ch - '0';
            } else if (lower(ch) >= 'a' && lower(ch) <= 'f') {
                d = lower(ch) - 'a' + 10;
            }
            if (d >= base) {
                errorHere("invalid character " + GoQuote.rune(ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            errorHere("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || x >= 0xD800 && x < 0xE000) {
            errorHere("escape is invalid Unicode code point " + GoQuote.unicode((int) x));
            return false;
        }
        return true;
    }

    // ---- comments and directives

    private void lineComment() {
        int textStart = chOff;
        while (ch >= 0 && ch != '\n') nextch();
        int end = chOff;
        if (end > textStart && src[end - 1] == '\r') end--;
        directive(textStart, end);
        // A //line directive counts only at the start of a line; it renames the next line.
        if (tokCol == 1 && startsWith(textStart, "line ")) lineDirective(textStart + 5, end, tokLine + 1, 1);
    }

    private void generalComment() {
        int textStart = chOff;
        for (;;) {
            if (ch < 0) {
                errorInToken(0, "comment not terminated");
                return;
            }
            if (ch == '*' && peek(1) == '/') {
                int end = chOff;
                nextch();
                nextch();
                if (startsWith(textStart, "line ")) {
                    directive(textStart, end);
                    if (line == tokLine) lineDirective(textStart + 5, end, line, chOff - lineStart + 1);
                }
                return;
            }
            nextch();
        }
    }

    /** Keeps the comment text [from, to) if it is a //go:, //line or //export directive. */
    private void directive(int from, int to) {
        if (!startsWith(from, "go:") && !startsWith(from, "line ") && !startsWith(from, "export ")) return;
        String text = text(from, to);
        int sp = 0;
        while (sp < text.length() && text.charAt(sp) != ' ' && text.charAt(sp) != '\t') sp++;
        directives.add(new Directive(makePos(tokLine, tokCol + 2), text.substring(0, sp),
                text.substring(sp).strip()));
    }
}

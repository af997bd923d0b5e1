package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The token-level half of the parser: lookahead, gc-style error reporting and recovery, and the
 * small productions every part uses (names, literals, separated lists).
 */
abstract class ParserBase {
    static final String TYPE_PARAMS_UNSUPPORTED = "type parameters are not supported yet";

    /** Keywords that start a statement: good places to stop skipping inside a function. */
    private static final Set<Token> STATEMENT_KEYWORDS = EnumSet.of(Token.BREAK, Token.CONST, Token.CONTINUE,
            Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO, Token.IF, Token.RETURN, Token.SELECT,
            Token.SWITCH, Token.TYPE, Token.VAR);

    final Scanner s;
    /** Errors reported while parsing this file (lexical and syntax). */
    int errors;
    private final Diagnostics diags;

    /** Nesting depth of function bodies: inside one, statement keywords stop error recovery. */
    int fnest;
    /**
     * Expression nesting level; negative in the header of an if/for/switch, where a '{' after a
     * name opens the block rather than a composite literal.
     */
    int xnest;

    ParserBase(String filename, byte[] src, Diagnostics diags) {
        this.diags = diags;
        this.s = new Scanner(filename, src, this::errorAt);
    }

    // ---- tokens and errors

    Pos pos() {
        return s.pos();
    }

    void next() {
        s.next();
    }

    boolean got(Token t) {
        if (s.tok == t) {
            s.next();
            return true;
        }
        return false;
    }

    void want(Token t) {
        if (!got(t)) {
            syntaxError("expecting " + describe(t));
            advance();
        }
    }

    /** Like got(ASSIGN), but also takes ":=" (with an error) for better recovery. */
    boolean gotAssign() {
        if (s.tok == Token.DEFINE) {
            syntaxError("expecting =");
            next();
            return true;
        }
        return got(Token.ASSIGN);
    }

    void errorAt(Pos pos, String msg) {
        errors++;
        diags.error(pos, msg);
    }

    void syntaxError(String msg) {
        syntaxErrorAt(pos(), msg);
    }

    /**
     * Reports "syntax error: ..." as gc words it: messages starting with "in", "at", "after" or
     * "expecting" are prefixed by "unexpected" and the current token.
     */
    void syntaxErrorAt(Pos pos, String msg) {
        if (s.tok == Token.EOF && errors > 0) return; // avoid meaningless follow-up errors
        String suffix;
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            suffix = " " + msg;
        } else if (msg.startsWith("expecting ")) {
            suffix = ", " + msg;
        } else {
            errorAt(pos, "syntax error: " + msg);
            return;
        }
        errorAt(pos, "syntax error: unexpected " + currentToken() + suffix);
    }

    /** The current token as gc's messages name it. */
    String currentToken() {
        return switch (s.tok) {
            case IDENT, SEMICOLON -> s.lit;
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + s.lit;
            case EOF -> "EOF";
            case COMMA -> "comma";
            default -> s.tok.text();
        };
    }

    /** A token kind as gc's "expecting ..." messages name it. */
    static String describe(Token t) {
        return switch (t) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            case IDENT -> "name";
            case EOF -> "EOF";
            default -> t.text();
        };
    }

    /**
     * Skips tokens until one in follow (or, inside a function, a statement keyword); with no
     * follow tokens, skips exactly one token. Never skips EOF.
     */
    void advance(Token... follow) {
        if (follow.length == 0) {
            if (s.tok != Token.EOF) next();
            return;
        }
        Set<Token> stop = EnumSet.of(Token.EOF, follow);
        if (fnest > 0) stop.addAll(STATEMENT_KEYWORDS);
        while (!stop.contains(s.tok)) next();
    }

    /**
     * {@code [ f { sep f } [sep] ] close}; f returns true when no more elements may follow.
     * Returns the position of the closing token.
     */
    Pos list(String context, Token sep, Token close, BooleanSupplier f) {
        boolean done = false;
        while (s.tok != Token.EOF && s.tok != close && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && s.tok != close) {
                syntaxError("in " + context + "; possibly missing " + describe(sep) + " or " + describe(close));
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                if (s.tok != close) return pos();
            }
        }
        Pos end = pos();
        want(close);
        return end;
    }

    static boolean isLiteral(Token t) {
        return t == Token.INT || t == Token.FLOAT || t == Token.IMAG || t == Token.CHAR || t == Token.STRING;
    }

    Expr.BasicLit literalOrNull() {
        if (!isLiteral(s.tok)) return null;
        Expr.BasicLit lit = new Expr.BasicLit(pos(), s.tok, s.lit);
        next();
        return lit;
    }

    Expr.Ident name() {
        if (s.tok == Token.IDENT) {
            Expr.Ident id = new Expr.Ident(pos(), s.lit);
            next();
            return id;
        }
        Expr.Ident id = new Expr.Ident(pos(), "_");
        syntaxError("expecting name");
        advance();
        return id;
    }

    List<Expr.Ident> nameList(Expr.Ident first) {
        if (s.tok != Token.COMMA) return List.of(first);
        List<Expr.Ident> names = new ArrayList<>();
        names.add(first);
        while (got(Token.COMMA)) names.add(name());
        return List.copyOf(names);
    }
}

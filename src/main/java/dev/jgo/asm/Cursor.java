package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.List;

/** Reads the tokens of one operand (or one statement) in order; past the end it reads EOF. */
final class Cursor {
    private final List<Token> tokens;
    private final Token end;
    private int at;

    Cursor(List<Token> tokens, Pos pos) {
        this.tokens = tokens;
        this.end = new Token(Token.Kind.EOF, "", tokens.isEmpty() ? pos : tokens.getLast().pos(), true);
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        return at + ahead < tokens.size() ? tokens.get(at + ahead) : end;
    }

    Token next() {
        Token t = peek();
        at++;
        return t;
    }

    boolean atEnd() {
        return at >= tokens.size();
    }

    /** Whether any of the remaining tokens has the kind. */
    boolean remainingHas(Token.Kind kind) {
        for (int i = at; i < tokens.size(); i++) if (tokens.get(i).kind() == kind) return true;
        return false;
    }

    void expect(String punct, String message) {
        if (!next().is(punct)) throw new AsmError(end.pos(), message);
    }
}

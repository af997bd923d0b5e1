package dev.jgo.syntax;

import java.util.List;

/** Expressions, including type expressions (Go's grammar does not separate the two). */
public sealed interface Expr extends Node {

    /** Stands where the parser could not make sense of the input; an error was reported. */
    record Bad(Pos pos) implements Expr {}

    record Ident(Pos pos, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }
    }

    /**
     * A literal as written in the source ({@code 0x1p-2}, {@code 'a'}, {@code `raw`}); kind is
     * INT, FLOAT, IMAG, CHAR or STRING. The scanner has checked the syntax; values are computed
     * by the type checker.
     */
    record BasicLit(Pos pos, Token kind, String value) implements Expr {}

    /** {@code T{elts}}; type is null inside another composite literal where it is elided. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    /** {@code key: value} inside a composite literal. pos is the key's. */
    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}; pos is x's. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[index]}; pos is x's, lbrack the bracket's. */
    record Index(Pos pos, Expr x, Expr index, Pos lbrack) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null. pos is x's. */
    record Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean full, Pos lbrack) implements Expr {}

    /** {@code x.(type)}; type is null for the {@code x.(type)} of a type switch. pos is x's. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code fun(args)} or {@code fun(args...)}; pos is fun's, lparen and rparen the parentheses'. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasDots, Pos lparen, Pos rparen) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** A unary operation: op is ADD, SUB, NOT, XOR, AND (address), ARROW (receive) or TILDE. */
    record Unary(Pos pos, Token op, Expr x) implements Expr {}

    /** A binary operation; pos is x's start, opPos the operator's. */
    record Binary(Pos pos, Token op, Expr x, Expr y, Pos opPos) implements Expr {}

    /** {@code [len]elem}; len is null for a slice type and an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** A function signature; pos is the {@code func} keyword's, or the '(' where there is none. */
    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {}

    /**
     * An interface: a Field with one name is a method (its type a FuncType); a Field with no
     * names is an embedded element (a type, or a union/~ term).
     */
    record InterfaceType(Pos pos, List<Field> elems) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {}

    /** {@code ...T} as the type of a final parameter, or the {@code ...} of {@code [...]T} (elt null). */
    record Ellipsis(Pos pos, Expr elt) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }
}

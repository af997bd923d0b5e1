package dev.jgo.syntax;

import java.util.List;

/** Statements. */
public sealed interface Stmt extends Node {

    record Bad(Pos pos) implements Stmt {}

    /** An empty statement; implicit when it stands for a missing one (e.g. before a closing brace). */
    record Empty(Pos pos, boolean implicit) implements Stmt {}

    record DeclStmt(Pos pos, Decl.GenDecl decl) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    /** {@code ch <- value}; pos is ch's, arrow the operator's. */
    record Send(Pos pos, Expr ch, Expr value, Pos arrow) implements Stmt {}

    /** {@code x++} or {@code x--}. */
    record IncDec(Pos pos, Expr x, boolean inc) implements Stmt {}

    /** {@code lhs op rhs} where op is ASSIGN, DEFINE or an op-assignment; opPos is the operator's. */
    record Assign(Pos pos, List<Expr> lhs, Token op, List<Expr> rhs, Pos opPos) implements Stmt {}

    /** {@code go call}; call is whatever expression followed (the checker insists on a call). */
    record Go(Pos pos, Expr call) implements Stmt {}

    record Defer(Pos pos, Expr call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto or fallthrough (kind), with an optional label. */
    record Branch(Pos pos, Token kind, Expr.Ident label) implements Stmt {}

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** els is null, a Block or another If. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** A case of an expression or type switch; list is null for {@code default}. */
    record CaseClause(Pos pos, List<Expr> list, List<Stmt> body, Pos colon) implements Stmt {}

    /** An expression switch; tag may be null. */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /**
     * A type switch. guard is {@code x.(type)} as a TypeAssert with null type; binding is the
     * identifier of {@code v := x.(type)}, or null.
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident binding, Expr.TypeAssert guard,
                      List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** A case of a select; comm is a Send, an ExprStmt receive or an Assign receive; null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body, Pos colon) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {}

    /** A three-clause or condition-only or infinite for; absent parts are null. */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /**
     * {@code for key, value := range x}; tok is DEFINE, ASSIGN, or null when there are no
     * iteration variables. key and value may be null.
     */
    record Range(Pos pos, Expr key, Expr value, Token tok, Expr x, Block body) implements Stmt {}
}

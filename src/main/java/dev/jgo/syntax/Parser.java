package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Go source file into a {@link File}, reporting syntax errors to the diagnostics.
 *
 * <p>A recursive-descent parser with one token of lookahead, following gc's grammar decisions
 * and error messages (see docs/syntax.md). It keeps going after errors by skipping to a token
 * that can follow the broken production. This class parses files, declarations and statements;
 * {@link ExprParser} types and expressions; {@link ParserBase} handles tokens and errors.
 */
public final class Parser extends ExprParser {
    /** Directives from this index of the scanner's list on are waiting for a declaration. */
    private int pendingDirectives;

    private final List<Decl> decls = new ArrayList<>();

    private Parser(String filename, byte[] src, Diagnostics diags) {
        super(filename, src, diags);
    }

    /**
     * Parses src (the file's bytes, UTF-8) named filename. Never throws on bad input: errors go to
     * diags and the returned tree contains Bad nodes where input could not be parsed.
     */
    public static File parse(String filename, byte[] src, Diagnostics diags) {
        Parser p = new Parser(filename, src, diags);
        Pos start = new Pos(filename, 1, 1);
        Expr.Ident pkg = new Expr.Ident(start, "_");
        try {
            p.s.next();
            start = p.pos();
            pkg = p.packageClause();
            if (pkg != null && p.errors == 0) p.declarations();
        } catch (StackOverflowError e) {
            diags.error(p.s.pos(), Diagnostic.NESTING_TOO_DEEP);
        } catch (RuntimeException e) {
            diags.error(p.s.pos(), "internal compiler error: " + e);
        }
        if (pkg == null) pkg = new Expr.Ident(start, "_");
        return new File(start, filename, pkg, List.copyOf(p.decls), List.copyOf(p.s.directives));
    }

    private List<Directive> takeDirectives() {
        List<Directive> all = s.directives;
        List<Directive> mine = pendingDirectives == all.size() ? List.of()
                : List.copyOf(all.subList(pendingDirectives, all.size()));
        pendingDirectives = all.size();
        return mine;
    }

    private void clearDirectives() {
        pendingDirectives = s.directives.size();
    }

    // ---- files and declarations

    private Expr.Ident packageClause() {
        if (!got(Token.PACKAGE)) {
            syntaxError("package statement must be first");
            return null;
        }
        clearDirectives();
        Expr.Ident name = name();
        want(Token.SEMICOLON);
        return name;
    }

    private void declarations() {
        while (s.tok == Token.IMPORT) {
            decls.add(genDecl(this::importSpec));
            want(Token.SEMICOLON);
        }
        while (s.tok != Token.EOF) {
            switch (s.tok) {
                case CONST -> decls.add(genDecl(this::constSpec));
                case TYPE -> decls.add(genDecl(this::typeSpec));
                case VAR -> decls.add(genDecl(this::varSpec));
                case FUNC -> {
                    Decl d = funcDecl();
                    if (d != null) decls.add(d);
                }
                default -> {
                    if (s.tok == Token.LBRACE && !decls.isEmpty()
                            && decls.getLast() instanceof Decl.FuncDecl f && f.body() == null) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
                    continue;
                }
            }
            // Forget directives before consuming the ';': comments after it belong to the next declaration.
            clearDirectives();
            if (s.tok != Token.EOF && !got(Token.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
            }
        }
    }

    /** Parses one spec; index is its position in a group (0 outside groups). Returns null after an error. */
    private interface SpecParser {
        Spec parse(int index);
    }

    /** {@code keyword spec} or {@code keyword ( spec; ... )}; the current token is the keyword. */
    private Decl.GenDecl genDecl(SpecParser f) {
        Pos pos = pos();
        Token keyword = s.tok;
        List<Directive> directives = takeDirectives();
        next();
        List<Spec> specs = new ArrayList<>();
        boolean grouped = s.tok == Token.LPAREN;
        if (grouped) {
            next();
            list("grouped declaration", Token.SEMICOLON, Token.RPAREN, () -> {
                Spec spec = f.parse(specs.size());
                if (spec != null) specs.add(spec);
                return false;
            });
        } else {
            Spec spec = f.parse(0);
            if (spec != null) specs.add(spec);
        }
        return new Decl.GenDecl(pos, keyword, List.copyOf(specs), grouped, directives);
    }

    private Spec importSpec(int index) {
        Pos pos = pos();
        Expr.Ident name = null;
        if (s.tok == Token.IDENT) {
            name = name();
        } else if (s.tok == Token.PERIOD) {
            name = new Expr.Ident(pos(), ".");
            next();
        }
        Expr.BasicLit path = literalOrNull();
        if (path == null) {
            syntaxError("missing import path");
            advance(Token.SEMICOLON, Token.RPAREN);
            return null;
        }
        if (path.kind() != Token.STRING) syntaxError("import path must be a string");
        return new Spec.Import(pos, name, path);
    }

    private Spec constSpec(int index) {
        Pos pos = pos();
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (s.tok != Token.EOF && s.tok != Token.SEMICOLON && s.tok != Token.RPAREN) {
            type = typeOrNull();
            if (gotAssign()) values = exprList();
        }
        return new Spec.Value(pos, names, type, values, index);
    }

    private Spec varSpec(int index) {
        Pos pos = pos();
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = exprList();
        } else {
            type = type();
            if (gotAssign()) values = exprList();
        }
        return new Spec.Value(pos, names, type, values, index);
    }

    private Spec typeSpec(int index) {
        Pos pos = pos();
        Expr.Ident name = name();
        boolean alias = false;
        Expr type;
        if (s.tok == Token.LBRACK) {
            // An array or slice type, or a type parameter list.
            Pos lbrack = pos();
            next();
            if (s.tok == Token.IDENT) {
                Expr x = name();
                if (s.tok != Token.LBRACK) {
                    xnest++;
                    x = binaryExpr(primaryExpr(x), 0);
                    xnest--;
                }
                NameAndType split = splitTypeParam(x, s.tok == Token.COMMA);
                if (split != null && (split.type != null || s.tok != Token.RBRACK)) {
                    errorAt(lbrack, TYPE_PARAMS_UNSUPPORTED);
                    paramList(split.name, split.type, Token.RBRACK, true);
                    alias = gotAssign();
                    type = typeOrNull();
                } else {
                    type = arrayType(lbrack, x);
                }
            } else if (got(Token.RBRACK)) {
                type = new Expr.ArrayType(lbrack, null, type());
            } else {
                type = arrayType(lbrack, null);
            }
        } else {
            alias = gotAssign();
            type = typeOrNull();
        }
        if (type == null) {
            type = new Expr.Bad(pos());
            syntaxError("in type declaration");
            advance(Token.SEMICOLON, Token.RPAREN);
        }
        return new Spec.Type(pos, name, alias, type);
    }

    private record NameAndType(Expr.Ident name, Expr type) {}

    /**
     * Splits x into a type parameter name and constraint if x can be read as {@code name type}:
     * the split happens when the rest is clearly a type, or when force is set. Returns null
     * when x cannot be split (an array length then).
     */
    private static NameAndType splitTypeParam(Expr x, boolean force) {
        switch (x) {
            case Expr.Ident id -> {
                return new NameAndType(id, null);
            }
            case Expr.Binary b when b.op() == Token.MUL -> {
                if (b.x() instanceof Expr.Ident id && (force || isTypeElem(b.y()))) {
                    return new NameAndType(id, new Expr.Star(b.opPos(), b.y()));
                }
            }
            case Expr.Binary b when b.op() == Token.OR -> {
                NameAndType left = splitTypeParam(b.x(), force || isTypeElem(b.y()));
                if (left != null && left.type != null) {
                    return new NameAndType(left.name, new Expr.Binary(left.type.pos(), Token.OR, left.type, b.y(), b.opPos()));
                }
            }
            case Expr.Call c -> {
                if (c.fun() instanceof Expr.Ident id && c.args().size() == 1 && !c.hasDots()
                        && (force || isTypeElem(c.args().getFirst()))) {
                    return new NameAndType(id, c.args().getFirst());
                }
            }
            default -> {}
        }
        return null;
    }

    /** Whether x is certainly a type (element), not possibly a value. */
    private static boolean isTypeElem(Expr x) {
        return switch (x) {
            case Expr.ArrayType a -> true;
            case Expr.StructType t -> true;
            case Expr.FuncType t -> true;
            case Expr.InterfaceType t -> true;
            case Expr.MapType t -> true;
            case Expr.ChanType t -> true;
            case Expr.Binary b -> isTypeElem(b.x()) || isTypeElem(b.y());
            case Expr.Unary u -> u.op() == Token.TILDE || isTypeElem(u.x());
            case Expr.Star st -> isTypeElem(st.x());
            case Expr.Paren p -> isTypeElem(p.x());
            default -> false;
        };
    }

    /** {@code func [recv] name [tparams] signature [body]}; the current token is "func". */
    private Decl.FuncDecl funcDecl() {
        Pos pos = pos();
        List<Directive> directives = takeDirectives();
        next();
        Field recv = null;
        if (got(Token.LPAREN)) {
            List<Field> fields = paramList(null, null, Token.RPAREN, false);
            int count = 0;
            for (Field f : fields) count += Math.max(1, f.names().size());
            if (count == 0) {
                errorAt(pos(), "method has no receiver");
            } else {
                if (count > 1) errorAt(pos(), "method has multiple receivers");
                Field first = fields.getFirst();
                recv = first.names().size() > 1
                        ? new Field(first.pos(), List.of(first.names().getFirst()), first.type(), null) : first;
            }
        }
        if (s.tok != Token.IDENT) {
            syntaxError("expecting name or (");
            advance(Token.LBRACE, Token.SEMICOLON);
            return null;
        }
        Expr.Ident name = name();
        if (s.tok == Token.LBRACK) typeParams();
        Expr.FuncType type = signature(pos);
        Stmt.Block body = s.tok == Token.LBRACE ? funcBody() : null;
        return new Decl.FuncDecl(pos, recv, name, type, body, directives);
    }

    @Override
    Stmt.Block funcBody() {
        fnest++;
        Stmt.Block body = block("");
        fnest--;
        return body;
    }

    // ---- statements

    private Stmt.Block block(String context) {
        Pos pos = pos();
        if (!got(Token.LBRACE)) {
            syntaxError("expecting { after " + context);
            advance(Token.IDENT, Token.RBRACE);
            Pos rbrace = pos();
            if (got(Token.RBRACE)) return new Stmt.Block(pos, List.of(), rbrace);
        }
        List<Stmt> stmts = stmtList();
        Pos rbrace = pos();
        want(Token.RBRACE);
        return new Stmt.Block(pos, stmts, rbrace);
    }

    private List<Stmt> stmtList() {
        List<Stmt> list = new ArrayList<>();
        while (s.tok != Token.EOF && s.tok != Token.RBRACE && s.tok != Token.CASE && s.tok != Token.DEFAULT) {
            Stmt st = stmtOrNull();
            if (st == null) break;
            list.add(st);
            if (!got(Token.SEMICOLON) && s.tok != Token.RBRACE) {
                syntaxError("at end of statement");
                advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
                got(Token.SEMICOLON);
            }
        }
        return List.copyOf(list);
    }

    private Stmt stmtOrNull() {
        Pos pos = pos();
        switch (s.tok) {
            case IDENT -> {
                List<Expr> lhs = exprList();
                if (lhs.size() == 1 && lhs.getFirst() instanceof Expr.Ident label && s.tok == Token.COLON) {
                    return labeled(label);
                }
                return simpleStmt(lhs, null);
            }
            case VAR -> {
                return new Stmt.DeclStmt(pos, genDecl(this::varSpec));
            }
            case CONST -> {
                return new Stmt.DeclStmt(pos, genDecl(this::constSpec));
            }
            case TYPE -> {
                return new Stmt.DeclStmt(pos, genDecl(this::typeSpec));
            }
            case LBRACE -> {
                return block("");
            }
            case ADD, SUB, MUL, AND, XOR, NOT, INT, FLOAT, IMAG, CHAR, STRING, FUNC, LPAREN, LBRACK, STRUCT, MAP,
                 CHAN, INTERFACE, ARROW -> {
                return simpleStmt(null, null);
            }
            case FOR -> {
                return forStmt();
            }
            case SWITCH -> {
                return switchStmt();
            }
            case SELECT -> {
                return selectStmt();
            }
            case IF -> {
                return ifStmt();
            }
            case FALLTHROUGH -> {
                next();
                return new Stmt.Branch(pos, Token.FALLTHROUGH, null);
            }
            case BREAK, CONTINUE -> {
                Token kind = s.tok;
                next();
                Expr.Ident label = s.tok == Token.IDENT ? name() : null;
                return new Stmt.Branch(pos, kind, label);
            }
            case GOTO -> {
                next();
                return new Stmt.Branch(pos, Token.GOTO, name());
            }
            case GO, DEFER -> {
                return goOrDefer();
            }
            case RETURN -> {
                next();
                List<Expr> results = s.tok != Token.SEMICOLON && s.tok != Token.RBRACE ? exprList() : List.of();
                return new Stmt.Return(pos, results);
            }
            case SEMICOLON -> {
                return new Stmt.Empty(pos, false);
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt labeled(Expr.Ident label) {
        Pos colon = pos();
        want(Token.COLON);
        if (s.tok == Token.RBRACE) {
            // The statement a label needs may be the empty one implied before '}'.
            return new Stmt.Labeled(label.pos(), label, new Stmt.Empty(pos(), true));
        }
        Stmt st = stmtOrNull();
        if (st != null) return new Stmt.Labeled(label.pos(), label, st);
        syntaxErrorAt(colon, "missing statement after label");
        return null;
    }

    private Stmt goOrDefer() {
        Pos pos = pos();
        Token kind = s.tok;
        next();
        Expr x = primaryExpr(null);
        if (x instanceof Expr.Paren p) {
            errorAt(x.pos(), "expression in " + kind.text() + " must not be parenthesized");
            x = p.x();
            while (x instanceof Expr.Paren inner) x = inner.x();
        }
        if (!(x instanceof Expr.Call)) {
            errorAt(x.pos(), "expression in " + kind.text() + " must be function call");
        }
        return kind == Token.GO ? new Stmt.Go(pos, x) : new Stmt.Defer(pos, x);
    }

    /** The range clause found by the last simpleStmt in a for header, if any. */
    private RangeClause rangeClause;

    private record RangeClause(List<Expr> lhs, Token tok, Expr x) {}

    /**
     * A simple statement; lhs, if given, is its already parsed first expression list. In a for
     * header (keyword FOR) a range clause is recorded in rangeClause and null is returned.
     */
    private Stmt simpleStmt(List<Expr> lhs, Token keyword) {
        if (keyword == Token.FOR && s.tok == Token.RANGE) {
            return range(List.of(), null);
        }
        if (lhs == null) lhs = exprList();
        if (lhs.size() == 1 && s.tok != Token.ASSIGN && s.tok != Token.DEFINE) {
            Expr x = lhs.getFirst();
            Pos pos = pos();
            Token t = s.tok;
            if (t.assignOp() != null) {
                next();
                return new Stmt.Assign(x.pos(), lhs, t, List.of(expr()), pos);
            }
            switch (t) {
                case INC, DEC -> {
                    next();
                    return new Stmt.IncDec(x.pos(), x, t == Token.INC);
                }
                case ARROW -> {
                    next();
                    return new Stmt.Send(x.pos(), x, expr(), pos);
                }
                default -> {
                    return new Stmt.ExprStmt(x.pos(), x);
                }
            }
        }
        if (s.tok == Token.ASSIGN || s.tok == Token.DEFINE) {
            Pos pos = pos();
            Token op = s.tok;
            next();
            if (keyword == Token.FOR && s.tok == Token.RANGE) return range(lhs, op);
            return new Stmt.Assign(lhs.getFirst().pos(), lhs, op, exprList(), pos);
        }
        syntaxError("expecting := or = or comma");
        advance(Token.SEMICOLON, Token.RBRACE);
        return new Stmt.ExprStmt(lhs.getFirst().pos(), lhs.getFirst());
    }

    private Stmt range(List<Expr> lhs, Token tok) {
        next();
        rangeClause = new RangeClause(lhs, tok, expr());
        return null;
    }

    /** The parts of an if, for or switch header. */
    private record Header(Stmt init, Expr cond, Stmt post, Expr.Ident binding, RangeClause range) {}

    private Header header(Token keyword) {
        want(keyword);
        if (s.tok == Token.LBRACE) {
            Expr cond = null;
            if (keyword == Token.IF) {
                syntaxError("missing condition in if statement");
                cond = new Expr.Bad(pos());
            }
            return new Header(null, cond, null, null, null);
        }
        int outer = xnest;
        xnest = -1;
        try {
            Stmt init = null;
            if (s.tok != Token.SEMICOLON) {
                if (got(Token.VAR)) {
                    syntaxError("var declaration not allowed in " + keyword.text() + " initializer");
                }
                init = simpleStmt(null, keyword);
                if (init == null) return new Header(null, null, null, null, rangeClause);
            }
            Stmt condStmt = null;
            Stmt post = null;
            Pos semiPos = null;
            String semiLit = null;
            if (s.tok != Token.LBRACE) {
                if (s.tok == Token.SEMICOLON) {
                    semiPos = pos();
                    semiLit = s.lit;
                    next();
                } else {
                    want(Token.LBRACE); // asking for '{' rather than ';' gives the better message
                    if (s.tok != Token.LBRACE) advance(Token.LBRACE, Token.RBRACE);
                }
                if (keyword == Token.FOR) {
                    boolean missingCond = false;
                    if (s.tok != Token.SEMICOLON) {
                        if (s.tok == Token.LBRACE) {
                            syntaxError("expecting for loop condition");
                            missingCond = true;
                        } else {
                            condStmt = simpleStmt(null, null);
                        }
                    }
                    if (!missingCond) {
                        want(Token.SEMICOLON);
                        if (s.tok != Token.LBRACE) {
                            post = simpleStmt(null, null);
                            if (post instanceof Stmt.Assign a && a.op() == Token.DEFINE) {
                                syntaxErrorAt(a.opPos(), "cannot declare in post statement of for loop");
                            }
                        }
                    }
                } else if (s.tok != Token.LBRACE) {
                    condStmt = simpleStmt(null, keyword);
                }
            } else {
                condStmt = init;
                init = null;
            }
            return condition(keyword, init, condStmt, post, semiPos, semiLit);
        } finally {
            xnest = outer;
        }
    }

    /** Turns the statement standing where a condition (or switch tag) belongs into an expression. */
    private Header condition(Token keyword, Stmt init, Stmt condStmt, Stmt post, Pos semiPos, String semiLit) {
        switch (condStmt) {
            case null -> {
                if (keyword == Token.IF && semiPos != null) {
                    if (!semiLit.equals("semicolon")) {
                        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
                    } else {
                        syntaxErrorAt(semiPos, "missing condition in if statement");
                    }
                    return new Header(init, new Expr.Bad(semiPos), post, null, null);
                }
                return new Header(init, null, post, null, null);
            }
            case Stmt.ExprStmt e -> {
                return new Header(init, e.x(), post, null, null);
            }
            case Stmt.Assign a when keyword == Token.SWITCH && a.op() == Token.DEFINE && a.lhs().size() == 1
                    && a.lhs().getFirst() instanceof Expr.Ident binding && a.rhs().size() == 1
                    && a.rhs().getFirst() instanceof Expr.TypeAssert guard && guard.type() == null -> {
                return new Header(init, guard, post, binding, null);
            }
            default -> {
                String str;
                if (condStmt instanceof Stmt.Assign a && a.op() == Token.ASSIGN) {
                    str = "assignment (" + AstPrinter.print(a.lhs()) + ") = (" + AstPrinter.print(a.rhs()) + ")";
                } else {
                    str = AstPrinter.print(condStmt);
                }
                Pos at = operatorPos(condStmt);
                syntaxErrorAt(at, "cannot use " + str + " as value");
                return new Header(init, new Expr.Bad(at), post, null, null);
            }
        }
    }

    /** Where gc places errors about a simple statement: at its operator, if it has one. */
    private static Pos operatorPos(Stmt st) {
        return switch (st) {
            case Stmt.Assign a -> a.opPos();
            case Stmt.Send send -> send.arrow();
            default -> st.pos();
        };
    }

    private Stmt forStmt() {
        Pos pos = pos();
        Header h = header(Token.FOR);
        Stmt.Block body = block("for clause");
        if (h.range == null) return new Stmt.For(pos, h.init, h.cond, h.post, body);
        List<Expr> lhs = h.range.lhs;
        if (lhs.size() > 2) errorAt(lhs.get(2).pos(), "range clause permits at most two iteration variables");
        Expr key = lhs.isEmpty() ? null : lhs.get(0);
        Expr value = lhs.size() < 2 ? null : lhs.get(1);
        return new Stmt.Range(pos, key, value, h.range.tok, h.range.x, body);
    }

    private Stmt ifStmt() {
        Pos pos = pos();
        Header h = header(Token.IF);
        Stmt.Block then = block("if clause");
        Stmt els = null;
        if (got(Token.ELSE)) {
            switch (s.tok) {
                case IF -> els = ifStmt();
                case LBRACE -> els = block("");
                default -> {
                    syntaxError("else must be followed by if or statement block");
                    advance(Token.IDENT, Token.RBRACE);
                }
            }
        }
        return new Stmt.If(pos, h.init, h.cond, then, els);
    }

    private Stmt switchStmt() {
        Pos pos = pos();
        Header h = header(Token.SWITCH);
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (s.tok != Token.EOF && s.tok != Token.RBRACE) clauses.add(caseClause());
        Pos rbrace = pos();
        want(Token.RBRACE);
        if (h.cond instanceof Expr.TypeAssert guard && guard.type() == null) {
            return new Stmt.TypeSwitch(pos, h.init, h.binding, guard, List.copyOf(clauses), rbrace);
        }
        return new Stmt.Switch(pos, h.init, h.cond, List.copyOf(clauses), rbrace);
    }

    private Stmt.CaseClause caseClause() {
        Pos pos = pos();
        List<Expr> list = null;
        switch (s.tok) {
            case CASE -> {
                next();
                list = exprList();
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        Pos colon = pos();
        want(Token.COLON);
        return new Stmt.CaseClause(pos, list, stmtList(), colon);
    }

    private Stmt selectStmt() {
        Pos pos = pos();
        want(Token.SELECT);
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (s.tok != Token.EOF && s.tok != Token.RBRACE) clauses.add(commClause());
        Pos rbrace = pos();
        want(Token.RBRACE);
        return new Stmt.Select(pos, List.copyOf(clauses), rbrace);
    }

    private Stmt.CommClause commClause() {
        Pos pos = pos();
        Stmt comm = null;
        switch (s.tok) {
            case CASE -> {
                next();
                comm = simpleStmt(null, null);
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        Pos colon = pos();
        want(Token.COLON);
        return new Stmt.CommClause(pos, comm, stmtList(), colon);
    }
}

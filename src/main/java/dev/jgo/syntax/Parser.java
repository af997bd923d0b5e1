package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Parses one Go source file into a {@link File}, reporting syntax errors to the diagnostics.
 *
 * <p>A recursive-descent parser with one token of lookahead, following gc's grammar decisions
 * and error messages (see docs/syntax.md). It keeps going after errors by skipping to a token
 * that can follow the broken production.
 */
public final class Parser implements Scanner.ErrorSink {
    static final String TYPE_PARAMS_UNSUPPORTED = "type parameters are not supported yet";

    /** Keywords that start a statement: good places to stop skipping inside a function. */
    private static final Set<Token> STATEMENT_KEYWORDS = EnumSet.of(Token.BREAK, Token.CONST, Token.CONTINUE,
            Token.DEFER, Token.FALLTHROUGH, Token.FOR, Token.GO, Token.GOTO, Token.IF, Token.RETURN, Token.SELECT,
            Token.SWITCH, Token.TYPE, Token.VAR);

    private static final Set<Token> OPERATORS = EnumSet.of(Token.ADD, Token.SUB, Token.MUL, Token.QUO, Token.REM,
            Token.AND, Token.OR, Token.XOR, Token.SHL, Token.SHR, Token.AND_NOT, Token.LAND, Token.LOR, Token.EQL,
            Token.LSS, Token.GTR, Token.NOT, Token.NEQ, Token.LEQ, Token.GEQ, Token.TILDE);

    private final Diagnostics diags;
    private final Scanner s;
    private int errors;

    /** Nesting depth of function bodies: inside one, statement keywords stop error recovery. */
    private int fnest;
    /**
     * Expression nesting level; negative in the header of an if/for/switch, where a '{' after a
     * name opens the block rather than a composite literal.
     */
    private int xnest;
    /** Directives from this index of the scanner's list on are waiting for a declaration. */
    private int pendingDirectives;

    private final List<Decl> decls = new ArrayList<>();

    private Parser(String filename, byte[] src, Diagnostics diags) {
        this.diags = diags;
        this.s = new Scanner(filename, src, this);
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
            diags.error(p.s.pos(), "expression nesting too deep");
        } catch (RuntimeException e) {
            diags.error(p.s.pos(), "internal compiler error: " + e);
        }
        if (pkg == null) pkg = new Expr.Ident(start, "_");
        return new File(start, filename, pkg, List.copyOf(p.decls), List.copyOf(p.s.directives));
    }

    @Override
    public void error(Pos pos, String msg) {
        errorAt(pos, msg);
    }

    // ---- tokens and errors

    private Pos pos() {
        return s.pos();
    }

    private void next() {
        s.next();
    }

    private boolean got(Token t) {
        if (s.tok == t) {
            s.next();
            return true;
        }
        return false;
    }

    private void want(Token t) {
        if (!got(t)) {
            syntaxError("expecting " + describe(t));
            advance();
        }
    }

    /** Like got(ASSIGN), but also takes ":=" (with an error) for better recovery. */
    private boolean gotAssign() {
        if (s.tok == Token.DEFINE) {
            syntaxError("expecting =");
            next();
            return true;
        }
        return got(Token.ASSIGN);
    }

    private void errorAt(Pos pos, String msg) {
        errors++;
        diags.error(pos, msg);
    }

    private void syntaxError(String msg) {
        syntaxErrorAt(pos(), msg);
    }

    /**
     * Reports "syntax error: ..." as gc words it: messages starting with "in", "at", "after" or
     * "expecting" are prefixed by "unexpected" and the current token.
     */
    private void syntaxErrorAt(Pos pos, String msg) {
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
    private String currentToken() {
        return switch (s.tok) {
            case IDENT, SEMICOLON -> s.lit;
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + s.lit;
            case EOF -> "EOF";
            case COMMA -> "comma";
            default -> s.tok.text();
        };
    }

    /** A token kind as gc's "expecting ..." messages name it. */
    private static String describe(Token t) {
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
    private void advance(Token... follow) {
        if (follow.length == 0) {
            if (s.tok != Token.EOF) next();
            return;
        }
        Set<Token> stop = EnumSet.of(Token.EOF, follow);
        if (fnest > 0) stop.addAll(STATEMENT_KEYWORDS);
        while (!stop.contains(s.tok)) next();
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
        Spec parse(int index, Spec previous);
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
                Spec spec = f.parse(specs.size(), specs.isEmpty() ? null : specs.getLast());
                if (spec != null) specs.add(spec);
                return false;
            });
        } else {
            Spec spec = f.parse(0, null);
            if (spec != null) specs.add(spec);
        }
        return new Decl.GenDecl(pos, keyword, List.copyOf(specs), grouped, directives);
    }

    /**
     * {@code [ f { sep f } [sep] ] close}; f returns true when no more elements may follow.
     * Returns the position of the closing token.
     */
    private Pos list(String context, Token sep, Token close, BooleanSupplier f) {
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

    private Spec importSpec(int index, Spec previous) {
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

    private Spec constSpec(int index, Spec previous) {
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

    private Spec varSpec(int index, Spec previous) {
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

    private Spec typeSpec(int index, Spec previous) {
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

    /** Parses (and rejects) a type parameter list; the current token is its '['. */
    private void typeParams() {
        errorAt(pos(), TYPE_PARAMS_UNSUPPORTED);
        next();
        if (s.tok == Token.RBRACK) {
            syntaxError("empty type parameter list");
            next();
        } else {
            paramList(null, null, Token.RBRACK, true);
        }
    }

    private Stmt.Block funcBody() {
        fnest++;
        Stmt.Block body = block("");
        fnest--;
        return body;
    }

    /** {@code ( params ) results}; pos is the func keyword's, or null to use the '('. */
    private Expr.FuncType signature(Pos pos) {
        if (pos == null) pos = pos();
        want(Token.LPAREN);
        List<Field> params = paramList(null, null, Token.RPAREN, false);
        return new Expr.FuncType(pos, params, results());
    }

    private List<Field> results() {
        if (got(Token.LPAREN)) return paramList(null, null, Token.RPAREN, false);
        Pos pos = pos();
        Expr type = typeOrNull();
        return type == null ? List.of() : List.of(new Field(pos, List.of(), type, null));
    }

    /** A parameter as written, before names and types are sorted out: either part may be null. */
    private record Param(Pos pos, Expr.Ident name, Expr type) {}

    /**
     * A parameter list after its opening '(' or '[', up to and including close. name and type,
     * if given, were already parsed as the first parameter. Either every parameter has a name
     * or none has; consecutive names sharing one type become one Field.
     */
    private List<Field> paramList(Expr.Ident name, Expr type, Token close, boolean typeParams) {
        List<Param> params = new ArrayList<>();
        Pos end;
        if (name != null && type != null && s.tok == close) {
            end = pos();
            next();
            params.add(new Param(name.pos(), name, type));
        } else {
            Expr.Ident[] first = {name};
            Expr[] firstType = {type};
            end = list("parameter list", Token.COMMA, close, () -> {
                Param p;
                if (firstType[0] != null) {
                    p = new Param(first[0].pos(), first[0], firstType[0]);
                } else {
                    p = paramDecl(first[0], close, typeParams);
                }
                first[0] = null;
                firstType[0] = null;
                if (p != null) params.add(p);
                return false;
            });
        }
        return fields(params, typeParams, end);
    }

    private List<Field> fields(List<Param> params, boolean typeParams, Pos end) {
        if (params.isEmpty()) return List.of();
        int named = 0;
        for (Param p : params) {
            if (p.name != null && p.type != null) named++;
        }
        List<Field> fields = new ArrayList<>(params.size());
        if (named == 0 && !typeParams) {
            // All unnamed: lone names are type names.
            for (Param p : params) {
                fields.add(new Field(p.pos, List.of(), p.type != null ? p.type : p.name, null));
            }
            return fields;
        }
        // Some named: every parameter needs a name and a type, taken from the right.
        Pos errPos = null;
        Expr type = null;
        Param[] done = new Param[params.size()];
        for (int i = params.size() - 1; i >= 0; i--) {
            Param p = params.get(i);
            if (p.type != null) {
                type = p.type;
                if (p.name == null) {
                    errPos = type.pos();
                    p = new Param(p.pos, new Expr.Ident(errPos, "_"), type);
                }
            } else if (type != null) {
                p = new Param(p.pos, p.name, type);
            } else {
                errPos = p.name.pos();
                p = new Param(p.pos, p.name, new Expr.Bad(errPos));
            }
            done[i] = p;
        }
        if (errPos != null && !typeParams) {
            syntaxErrorAt(errPos, "mixed named and unnamed parameters");
        } else if (errPos != null) {
            syntaxErrorAt(errPos, "type parameters must be named");
        }
        for (int i = 0; i < done.length; ) {
            int j = i + 1;
            while (j < done.length && done[j].type == done[i].type) j++;
            List<Expr.Ident> names = new ArrayList<>(j - i);
            for (int k = i; k < j; k++) names.add(done[k].name);
            fields.add(new Field(done[i].pos, List.copyOf(names), done[i].type, null));
            i = j;
        }
        return fields;
    }

    /** {@code [name] [...] type}; name may have been parsed already. Returns null after an error. */
    private Param paramDecl(Expr.Ident name, Token close, boolean typeParams) {
        Pos pos = name != null ? name.pos() : pos();
        if (name == null && typeParams && s.tok == Token.TILDE) return new Param(pos, null, union(null));
        if (s.tok == Token.IDENT || name != null) {
            if (name == null) name = name();
            if (s.tok == Token.LBRACK) {
                // name[...]: an instantiated type, or a name followed by an array type.
                Expr t = arrayOrTypeArgs(name);
                boolean instance = t instanceof Expr.Index;
                if (typeParams && s.tok == Token.OR) t = union(t);
                return instance ? new Param(pos, null, t) : new Param(pos, name, t);
            }
            if (s.tok == Token.PERIOD) {
                Expr t = qualifiedName(name);
                if (typeParams && s.tok == Token.OR) t = union(t);
                return new Param(pos, null, t);
            }
            if (typeParams && s.tok == Token.OR) return new Param(pos, null, union(name));
        }
        if (s.tok == Token.ELLIPSIS) {
            Pos dots = pos();
            next();
            Expr elt = typeOrNull();
            if (elt == null) {
                elt = new Expr.Bad(pos());
                syntaxError("... is missing type");
            }
            return new Param(pos, name, new Expr.Ellipsis(dots, elt));
        }
        if (typeParams && s.tok == Token.TILDE) return new Param(pos, name, union(null));
        Expr type = typeOrNull();
        if (typeParams && type != null && s.tok == Token.OR) type = union(type);
        if (name != null || type != null) return new Param(pos, name, type);
        syntaxError("expecting " + describe(close));
        advance(Token.COMMA, close);
        return null;
    }

    /** {@code term { "|" term }} where term is {@code [~] type}; first, if given, is the first term. */
    private Expr union(Expr first) {
        Expr x = first != null ? first : term();
        while (s.tok == Token.OR) {
            Pos opPos = pos();
            next();
            x = new Expr.Binary(x.pos(), Token.OR, x, term(), opPos);
        }
        return x;
    }

    private Expr term() {
        if (s.tok == Token.TILDE) {
            Pos pos = pos();
            next();
            return new Expr.Unary(pos, Token.TILDE, type());
        }
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos());
            syntaxError("expecting ~ term or type");
            Set<Token> follow = EnumSet.copyOf(OPERATORS);
            follow.addAll(List.of(Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE));
            advance(follow.toArray(Token[]::new));
        }
        return t;
    }

    // ---- types

    private Expr type() {
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos());
            syntaxError("expecting type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    /** A type, or null (without an error) if none starts here. */
    private Expr typeOrNull() {
        Pos pos = pos();
        switch (s.tok) {
            case MUL -> {
                next();
                return new Expr.Star(pos, type());
            }
            case ARROW -> {
                next();
                want(Token.CHAN);
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, chanElem());
            }
            case FUNC -> {
                next();
                if (s.tok == Token.LBRACK) {
                    syntaxErrorAt(pos, "function type must have no type parameters");
                    typeParamsSkip();
                }
                return signature(pos);
            }
            case LBRACK -> {
                next();
                if (got(Token.RBRACK)) return new Expr.ArrayType(pos, null, type());
                return arrayType(pos, null);
            }
            case CHAN -> {
                next();
                Expr.ChanDir dir = got(Token.ARROW) ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH;
                return new Expr.ChanType(pos, dir, chanElem());
            }
            case MAP -> {
                next();
                want(Token.LBRACK);
                Expr key = type();
                want(Token.RBRACK);
                return new Expr.MapType(pos, key, type());
            }
            case STRUCT -> {
                return structType();
            }
            case INTERFACE -> {
                return interfaceType();
            }
            case IDENT -> {
                return qualifiedName(null);
            }
            case LPAREN -> {
                next();
                Expr t = type();
                want(Token.RPAREN);
                return new Expr.Paren(pos, t);
            }
            default -> {
                return null;
            }
        }
    }

    /** Skips a bracketed type parameter list (already reported). */
    private void typeParamsSkip() {
        next();
        if (!got(Token.RBRACK)) paramList(null, null, Token.RBRACK, true);
    }

    /** {@code [len]elem} after the '[' at pos; len may have been parsed already. */
    private Expr arrayType(Pos pos, Expr len) {
        if (len == null) {
            if (s.tok == Token.ELLIPSIS) {
                len = new Expr.Ellipsis(pos(), null);
                next();
            } else {
                xnest++;
                len = expr();
                xnest--;
            }
        }
        if (s.tok == Token.COMMA) {
            syntaxError("unexpected comma; expecting ]");
            next();
        }
        want(Token.RBRACK);
        return new Expr.ArrayType(pos, len, type());
    }

    private Expr chanElem() {
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos());
            syntaxError("missing channel element type");
        }
        return t;
    }

    /**
     * After a name in a field or parameter, '[' starts either an array/slice type or type
     * arguments of an instantiated type name[args]; returns the ArrayType or the Index.
     */
    private Expr arrayOrTypeArgs(Expr.Ident name) {
        Pos lbrack = pos();
        want(Token.LBRACK);
        if (got(Token.RBRACK)) return new Expr.ArrayType(lbrack, null, type());
        TypeList args = typeList();
        want(Token.RBRACK);
        if (!args.comma) {
            Expr elem = typeOrNull();
            if (elem != null) return new Expr.ArrayType(lbrack, args.list.getFirst(), elem);
        }
        errorAt(lbrack, TYPE_PARAMS_UNSUPPORTED);
        return new Expr.Index(name.pos(), name, args.list.getFirst(), lbrack);
    }

    private Expr.StructType structType() {
        Pos pos = pos();
        want(Token.STRUCT);
        want(Token.LBRACE);
        List<Field> fields = new ArrayList<>();
        list("struct type", Token.SEMICOLON, Token.RBRACE, () -> {
            Field f = fieldDecl();
            if (f != null) fields.add(f);
            return false;
        });
        return new Expr.StructType(pos, List.copyOf(fields));
    }

    private Field fieldDecl() {
        Pos pos = pos();
        switch (s.tok) {
            case IDENT -> {
                Expr.Ident name = name();
                if (s.tok == Token.PERIOD || isLiteral(s.tok) || s.tok == Token.SEMICOLON || s.tok == Token.RBRACE) {
                    Expr type = qualifiedName(name);
                    return new Field(pos, List.of(), type, literalOrNull());
                }
                List<Expr.Ident> names = nameList(name);
                if (names.size() == 1 && s.tok == Token.LBRACK) {
                    Expr t = arrayOrTypeArgs(name);
                    if (t instanceof Expr.Index) return new Field(pos, List.of(), t, literalOrNull());
                    return new Field(pos, names, t, literalOrNull());
                }
                Expr type = type();
                return new Field(pos, names, type, literalOrNull());
            }
            case MUL -> {
                next();
                Expr type;
                if (s.tok == Token.LPAREN) {
                    syntaxError("cannot parenthesize embedded type");
                    next();
                    type = qualifiedName(null);
                    got(Token.RPAREN);
                } else {
                    type = qualifiedName(null);
                }
                return new Field(pos, List.of(), new Expr.Star(pos, type), literalOrNull());
            }
            case LPAREN -> {
                syntaxError("cannot parenthesize embedded type");
                next();
                Expr type;
                if (s.tok == Token.MUL) {
                    Pos star = pos();
                    next();
                    type = new Expr.Star(star, qualifiedName(null));
                } else {
                    type = qualifiedName(null);
                }
                got(Token.RPAREN);
                return new Field(pos, List.of(), type, literalOrNull());
            }
            default -> {
                syntaxError("expecting field name or embedded type");
                advance(Token.SEMICOLON, Token.RBRACE);
                return null;
            }
        }
    }

    private Expr.InterfaceType interfaceType() {
        Pos pos = pos();
        want(Token.INTERFACE);
        want(Token.LBRACE);
        List<Field> elems = new ArrayList<>();
        list("interface type", Token.SEMICOLON, Token.RBRACE, () -> {
            elems.add(s.tok == Token.IDENT ? methodOrEmbedded() : new Field(pos(), List.of(), union(null), null));
            return false;
        });
        return new Expr.InterfaceType(pos, List.copyOf(elems));
    }

    /** A method {@code name(params) results}, or an embedded type (or union) starting with a name. */
    private Field methodOrEmbedded() {
        Pos pos = pos();
        Expr.Ident name = name();
        if (s.tok == Token.LPAREN) {
            return new Field(pos, List.of(name), signature(null), null);
        }
        Expr type;
        if (s.tok == Token.LBRACK) {
            // A generic method m[P any](...) or an instantiated embedded type I[T].
            Pos lbrack = pos();
            errorAt(lbrack, TYPE_PARAMS_UNSUPPORTED);
            next();
            List<Field> list = got(Token.RBRACK) ? List.of() : paramList(null, null, Token.RBRACK, false);
            if (s.tok == Token.LPAREN) return new Field(pos, List.of(name), signature(null), null);
            Expr arg = list.isEmpty() ? new Expr.Bad(lbrack) : list.getFirst().type();
            type = new Expr.Index(pos, name, arg, lbrack);
        } else {
            type = qualifiedName(name);
        }
        return new Field(pos, List.of(), union(type), null);
    }

    /** A possibly qualified type name, possibly instantiated; name may have been parsed already. */
    private Expr qualifiedName(Expr.Ident name) {
        Expr x;
        if (name != null) {
            x = name;
        } else if (s.tok == Token.IDENT) {
            x = name();
        } else {
            x = new Expr.Ident(pos(), "_");
            syntaxError("expecting name");
            advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
        }
        if (got(Token.PERIOD)) x = new Expr.Selector(x.pos(), x, name());
        if (s.tok == Token.LBRACK) {
            Pos lbrack = pos();
            errorAt(lbrack, TYPE_PARAMS_UNSUPPORTED);
            next();
            Expr arg;
            if (s.tok == Token.RBRACK) {
                syntaxError("expecting type");
                arg = new Expr.Bad(pos());
            } else {
                arg = typeList().list.getFirst();
            }
            want(Token.RBRACK);
            x = new Expr.Index(x.pos(), x, arg, lbrack);
        }
        return x;
    }

    private record TypeList(List<Expr> list, boolean comma) {}

    /** {@code expr { "," type } [","]}: index expressions or type arguments. */
    private TypeList typeList() {
        xnest++;
        List<Expr> list = new ArrayList<>(2);
        list.add(expr());
        boolean comma = false;
        if (got(Token.COMMA)) {
            comma = true;
            Expr t = typeOrNull();
            while (t != null) {
                list.add(t);
                if (!got(Token.COMMA)) break;
                t = typeOrNull();
            }
        }
        xnest--;
        return new TypeList(list, comma);
    }

    // ---- expressions

    private Expr expr() {
        return binaryExpr(null, 0);
    }

    private List<Expr> exprList() {
        Expr x = expr();
        if (s.tok != Token.COMMA) return List.of(x);
        List<Expr> list = new ArrayList<>(4);
        list.add(x);
        while (got(Token.COMMA)) list.add(expr());
        return List.copyOf(list);
    }

    /** Operators of precedence above prec, left-associative; x, if given, is the first operand. */
    private Expr binaryExpr(Expr x, int prec) {
        if (x == null) x = unaryExpr();
        for (;;) {
            Token op = s.tok;
            int p = op.precedence();
            if (p <= prec) return x;
            Pos opPos = pos();
            next();
            x = new Expr.Binary(x.pos(), op, x, binaryExpr(null, p), opPos);
        }
    }

    private Expr unaryExpr() {
        Pos pos = pos();
        switch (s.tok) {
            case MUL -> {
                next();
                return new Expr.Star(pos, unaryExpr());
            }
            case ADD, SUB, NOT, XOR, TILDE -> {
                Token op = s.tok;
                next();
                return new Expr.Unary(pos, op, unaryExpr());
            }
            case AND -> {
                next();
                // &(T{...}) takes the address of the literal: drop the parentheses, as gc does.
                Expr x = unaryExpr();
                while (x instanceof Expr.Paren p) x = p.x();
                return new Expr.Unary(pos, Token.AND, x);
            }
            case ARROW -> {
                next();
                Expr x = unaryExpr();
                // <-chan T is a type: the arrow belongs to the channel type parsed as x.
                if (x instanceof Expr.ChanType c) return receiveOnly(c, pos);
                return new Expr.Unary(pos, Token.ARROW, x);
            }
            default -> {
                return primaryExpr(null);
            }
        }
    }

    /** Re-associates a leading '<-' with the channel type c: {@code <-(chan<- E)} becomes {@code <-chan (<-E)}. */
    private Expr.ChanType receiveOnly(Expr.ChanType c, Pos pos) {
        switch (c.dir()) {
            case BOTH -> {
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, c.elem());
            }
            case RECV -> {
                syntaxError("unexpected <-, expecting chan");
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, c.elem());
            }
            default -> {
                if (c.elem() instanceof Expr.ChanType e) {
                    return new Expr.ChanType(pos, Expr.ChanDir.RECV, receiveOnly(e, e.pos()));
                }
                syntaxError("unexpected " + AstPrinter.print(c.elem()) + ", expecting chan");
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, c.elem());
            }
        }
    }

    private Expr operand() {
        Pos pos = pos();
        switch (s.tok) {
            case IDENT -> {
                return name();
            }
            case INT, FLOAT, IMAG, CHAR, STRING -> {
                return literalOrNull();
            }
            case LPAREN -> {
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                want(Token.RPAREN);
                return new Expr.Paren(pos, x);
            }
            case FUNC -> {
                next();
                if (s.tok == Token.LBRACK) {
                    syntaxErrorAt(pos, "function type must have no type parameters");
                    typeParamsSkip();
                }
                Expr.FuncType type = signature(pos);
                if (s.tok != Token.LBRACE) return type;
                xnest++;
                Stmt.Block body = funcBody();
                xnest--;
                return new Expr.FuncLit(pos, type, body);
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
                return type();
            }
            default -> {
                syntaxError("expecting expression");
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                return new Expr.Bad(pos);
            }
        }
    }

    /** Operand followed by selectors, indexes, slices, assertions, calls and composite literal bodies. */
    private Expr primaryExpr(Expr x) {
        if (x == null) x = operand();
        for (;;) {
            Pos pos = pos();
            switch (s.tok) {
                case PERIOD -> {
                    next();
                    if (s.tok == Token.IDENT) {
                        x = new Expr.Selector(x.pos(), x, name());
                    } else if (got(Token.LPAREN)) {
                        Expr type = got(Token.TYPE) ? null : type();
                        want(Token.RPAREN);
                        x = new Expr.TypeAssert(x.pos(), x, type);
                    } else {
                        syntaxError("expecting name or (");
                        advance(Token.SEMICOLON, Token.RPAREN);
                    }
                }
                case LBRACK -> x = indexOrSlice(x, pos);
                case LPAREN -> {
                    next();
                    List<Expr> args = new ArrayList<>();
                    boolean[] dots = {false};
                    xnest++;
                    Pos rparen = list("argument list", Token.COMMA, Token.RPAREN, () -> {
                        args.add(expr());
                        dots[0] = got(Token.ELLIPSIS);
                        return dots[0];
                    });
                    xnest--;
                    x = new Expr.Call(x.pos(), x, List.copyOf(args), dots[0], pos, rparen);
                }
                case LBRACE -> {
                    Expr t = x;
                    while (t instanceof Expr.Paren p) t = p.x();
                    if (!isCompositeType(t)) return x;
                    if (t != x) syntaxError("cannot parenthesize type in composite literal");
                    x = compositeLit(x);
                }
                default -> {
                    return x;
                }
            }
        }
    }

    /** Whether '{' after t opens a composite literal (the exprLev rule for statement headers). */
    private boolean isCompositeType(Expr t) {
        return switch (t) {
            case Expr.Ident id -> xnest >= 0;
            case Expr.Selector sel -> xnest >= 0;
            case Expr.Index ix -> xnest >= 0 && !isValue(ix);
            case Expr.ArrayType a -> true;
            case Expr.StructType st -> true;
            case Expr.MapType m -> true;
            default -> false;
        };
    }

    /** Whether x must be a value, not a type, by its syntax alone. */
    private static boolean isValue(Expr x) {
        return switch (x) {
            case Expr.BasicLit b -> true;
            case Expr.CompositeLit c -> true;
            case Expr.FuncLit f -> true;
            case Expr.Slice sl -> true;
            case Expr.TypeAssert ta -> true;
            case Expr.Call c -> true;
            case Expr.Unary u -> true;
            case Expr.Binary b -> true;
            case Expr.Paren p -> isValue(p.x());
            case Expr.Index ix -> isValue(ix.x()) || isValue(ix.index());
            default -> false;
        };
    }

    private Expr indexOrSlice(Expr x, Pos lbrack) {
        next();
        if (s.tok == Token.RBRACK) {
            syntaxError("expecting operand");
            next();
            return x;
        }
        Expr lo = null;
        if (s.tok != Token.COLON) {
            TypeList index = typeList();
            if (index.comma || s.tok == Token.RBRACK) {
                want(Token.RBRACK);
                if (index.comma) errorAt(lbrack, TYPE_PARAMS_UNSUPPORTED);
                return new Expr.Index(x.pos(), x, index.list.getFirst(), lbrack);
            }
            lo = index.list.getFirst();
        }
        if (!got(Token.COLON)) {
            syntaxError("expecting comma, : or ]");
            advance(Token.COMMA, Token.COLON, Token.RBRACK);
        }
        xnest++;
        Expr hi = null;
        Expr max = null;
        boolean full = false;
        if (s.tok != Token.COLON && s.tok != Token.RBRACK) hi = expr();
        if (s.tok == Token.COLON) {
            full = true;
            if (hi == null) {
                errorAt(pos(), "middle index required in 3-index slice");
                hi = new Expr.Bad(pos());
            }
            next();
            if (s.tok != Token.RBRACK) {
                max = expr();
            } else {
                errorAt(pos(), "final index required in 3-index slice");
                max = new Expr.Bad(pos());
            }
        }
        xnest--;
        want(Token.RBRACK);
        return new Expr.Slice(x.pos(), x, lo, hi, max, full, lbrack);
    }

    /** {@code { elements }}; type is null for an elided type inside another literal. */
    private Expr.CompositeLit compositeLit(Expr type) {
        Pos pos = type != null ? type.pos() : pos();
        List<Expr> elts = new ArrayList<>();
        xnest++;
        want(Token.LBRACE);
        Pos rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
            Expr e = element();
            if (s.tok == Token.COLON) {
                next();
                e = new Expr.KeyValue(e.pos(), e, element());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new Expr.CompositeLit(pos, type, List.copyOf(elts), rbrace);
    }

    private Expr element() {
        return s.tok == Token.LBRACE ? compositeLit(null) : expr();
    }

    private static boolean isLiteral(Token t) {
        return t == Token.INT || t == Token.FLOAT || t == Token.IMAG || t == Token.CHAR || t == Token.STRING;
    }

    private Expr.BasicLit literalOrNull() {
        if (!isLiteral(s.tok)) return null;
        Expr.BasicLit lit = new Expr.BasicLit(pos(), s.tok, s.lit);
        next();
        return lit;
    }

    private Expr.Ident name() {
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

    private List<Expr.Ident> nameList(Expr.Ident first) {
        if (s.tok != Token.COMMA) return List.of(first);
        List<Expr.Ident> names = new ArrayList<>();
        names.add(first);
        while (got(Token.COMMA)) names.add(name());
        return List.copyOf(names);
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

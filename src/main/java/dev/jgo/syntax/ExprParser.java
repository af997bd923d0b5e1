package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types, signatures and expressions (Go's grammar does not separate types from expressions).
 * Function literal bodies are statements, parsed by the subclass.
 */
abstract class ExprParser extends ParserBase {
    ExprParser(String filename, byte[] src, Diagnostics diags) {
        super(filename, src, diags);
    }

    /** A function body, for function literals. */
    abstract Stmt.Block funcBody();

    private static final Set<Token> OPERATORS = EnumSet.of(Token.ADD, Token.SUB, Token.MUL, Token.QUO, Token.REM,
            Token.AND, Token.OR, Token.XOR, Token.SHL, Token.SHR, Token.AND_NOT, Token.LAND, Token.LOR, Token.EQL,
            Token.LSS, Token.GTR, Token.NOT, Token.NEQ, Token.LEQ, Token.GEQ, Token.TILDE);

    /** Parses (and rejects) a type parameter list; the current token is its '['. */
    void typeParams() {
        errorAt(pos(), TYPE_PARAMS_UNSUPPORTED);
        next();
        if (s.tok == Token.RBRACK) {
            syntaxError("empty type parameter list");
            next();
        } else {
            paramList(null, null, Token.RBRACK, true);
        }
    }

    /** {@code ( params ) results}; pos is the func keyword's, or null to use the '('. */
    Expr.FuncType signature(Pos pos) {
        if (pos == null) pos = pos();
        want(Token.LPAREN);
        List<Field> params = paramList(null, null, Token.RPAREN, false);
        return new Expr.FuncType(pos, params, results());
    }

    List<Field> results() {
        if (got(Token.LPAREN)) return paramList(null, null, Token.RPAREN, false);
        Pos pos = pos();
        Expr type = typeOrNull();
        return type == null ? List.of() : List.of(new Field(pos, List.of(), type, null));
    }

    /** A parameter as written, before names and types are sorted out: either part may be null. */
    record Param(Pos pos, Expr.Ident name, Expr type) {}

    /**
     * A parameter list after its opening '(' or '[', up to and including close. name and type,
     * if given, were already parsed as the first parameter. Either every parameter has a name
     * or none has; consecutive names sharing one type become one Field.
     */
    List<Field> paramList(Expr.Ident name, Expr type, Token close, boolean typeParams) {
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

    List<Field> fields(List<Param> params, boolean typeParams, Pos end) {
        if (params.isEmpty()) return List.of();
        int named = 0;
        int typed = 0;
        for (Param p : params) {
            if (p.name != null && p.type != null) named++;
            if (p.type != null) typed++;
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
        if (errPos != null) {
            if (!typeParams) {
                syntaxErrorAt(errPos, "mixed named and unnamed parameters");
            } else if (named == typed) {
                syntaxErrorAt(end, "missing type constraint");
            } else {
                syntaxErrorAt(errPos, "type parameters must be named");
            }
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
    Param paramDecl(Expr.Ident name, Token close, boolean typeParams) {
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
    Expr union(Expr first) {
        Expr x = first != null ? first : term();
        while (s.tok == Token.OR) {
            Pos opPos = pos();
            next();
            x = new Expr.Binary(x.pos(), Token.OR, x, term(), opPos);
        }
        return x;
    }

    Expr term() {
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

    Expr type() {
        Expr t = typeOrNull();
        if (t == null) {
            t = new Expr.Bad(pos());
            syntaxError("expecting type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    /** A type, or null (without an error) if none starts here. */
    Expr typeOrNull() {
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
                if (s.tok != Token.ARROW) return new Expr.ChanType(pos, Expr.ChanDir.BOTH, chanElem());
                Pos arrow = pos();
                next();
                Expr.ChanType c = new Expr.ChanType(pos, Expr.ChanDir.SEND, chanElem());
                sendArrows.put(c, arrow);
                return c;
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
    void typeParamsSkip() {
        next();
        if (!got(Token.RBRACK)) paramList(null, null, Token.RBRACK, true);
    }

    /** {@code [len]elem} after the '[' at pos; len may have been parsed already. */
    Expr arrayType(Pos pos, Expr len) {
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

    Expr chanElem() {
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
    Expr arrayOrTypeArgs(Expr.Ident name) {
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

    Expr.StructType structType() {
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

    Field fieldDecl() {
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

    Expr.InterfaceType interfaceType() {
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
    Field methodOrEmbedded() {
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
    Expr qualifiedName(Expr.Ident name) {
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

    record TypeList(List<Expr> list, boolean comma) {}

    /** {@code expr { "," type } [","]}: index expressions or type arguments. */
    TypeList typeList() {
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

    Expr expr() {
        return binaryExpr(null, 0);
    }

    List<Expr> exprList() {
        Expr x = expr();
        if (s.tok != Token.COMMA) return List.of(x);
        List<Expr> list = new ArrayList<>(4);
        list.add(x);
        while (got(Token.COMMA)) list.add(expr());
        return List.copyOf(list);
    }

    /** Operators of precedence above prec, left-associative; x, if given, is the first operand. */
    Expr binaryExpr(Expr x, int prec) {
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

    Expr unaryExpr() {
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

    /**
     * The arrow of each send-only channel type, for {@link #receiveOnly}: when a leading '<-'
     * moves into such a type, its arrow starts the element type.
     */
    final Map<Expr.ChanType, Pos> sendArrows = new IdentityHashMap<>();

    /** Re-associates a leading '<-' with the channel type c: {@code <-(chan<- E)} becomes {@code <-chan (<-E)}. */
    Expr.ChanType receiveOnly(Expr.ChanType c, Pos pos) {
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
                    return new Expr.ChanType(pos, Expr.ChanDir.RECV, receiveOnly(e, sendArrows.get(c)));
                }
                syntaxError("unexpected " + AstPrinter.print(c.elem()) + ", expecting chan");
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, c.elem());
            }
        }
    }

    Expr operand() {
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
    Expr primaryExpr(Expr x) {
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
    boolean isCompositeType(Expr t) {
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
    static boolean isValue(Expr x) {
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

    Expr indexOrSlice(Expr x, Pos lbrack) {
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
    Expr.CompositeLit compositeLit(Expr type) {
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

    Expr element() {
        return s.tok == Token.LBRACE ? compositeLit(null) : expr();
    }
}

package dev.jgo.syntax;

import java.util.List;

/**
 * Renders expressions and simple statements as Go source in gc's short form (non-empty bodies
 * and literal contents elided as {…}), for the parser's and the type checker's messages, such as
 * "cannot use x := 1 as value" or "cannot use func(s string) int {…} (value of type …)".
 */
public final class AstPrinter {
    private final StringBuilder sb = new StringBuilder();

    private AstPrinter() {}

    public static String print(Expr x) {
        AstPrinter p = new AstPrinter();
        p.expr(x);
        return p.sb.toString();
    }

    public static String print(List<Expr> list) {
        AstPrinter p = new AstPrinter();
        p.exprs(list);
        return p.sb.toString();
    }

    /** Simple statements (assignments, sends, inc/dec, expressions); other statements print as their kind. */
    public static String print(Stmt s) {
        AstPrinter p = new AstPrinter();
        switch (s) {
            case Stmt.ExprStmt e -> p.expr(e.x());
            case Stmt.Send send -> {
                p.expr(send.ch());
                p.sb.append(" <- ");
                p.expr(send.value());
            }
            case Stmt.IncDec i -> {
                p.expr(i.x());
                p.sb.append(i.inc() ? "++" : "--");
            }
            case Stmt.Assign a -> {
                p.exprs(a.lhs());
                p.sb.append(' ').append(a.op().text()).append(' ');
                p.exprs(a.rhs());
            }
            default -> p.sb.append(s.getClass().getSimpleName().toLowerCase());
        }
        return p.sb.toString();
    }

    private void expr(Expr e) {
        switch (e) {
            case null -> sb.append("<nil>");
            case Expr.Bad b -> sb.append("BadExpr");
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.value());
            case Expr.CompositeLit c -> {
                if (c.type() != null) expr(c.type());
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.KeyValue kv -> {
                expr(kv.key());
                sb.append(": ");
                expr(kv.value());
            }
            case Expr.FuncLit f -> {
                sb.append("func");
                sig(f.type());
                sb.append(f.body().stmts().isEmpty() ? " {}" : " {…}");
            }
            case Expr.Paren p -> {
                sb.append('(');
                expr(p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                expr(s.x());
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index i -> {
                expr(i.x());
                sb.append('[');
                expr(i.index());
                sb.append(']');
            }
            case Expr.Slice s -> {
                expr(s.x());
                sb.append('[');
                if (s.lo() != null) expr(s.lo());
                sb.append(':');
                if (s.hi() != null) expr(s.hi());
                if (s.full()) {
                    sb.append(':');
                    if (s.max() != null) expr(s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                expr(t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else expr(t.type());
                sb.append(')');
            }
            case Expr.Call c -> {
                expr(c.fun());
                sb.append('(');
                exprs(c.args());
                if (c.hasDots()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                expr(s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op().text());
                expr(u.x());
            }
            case Expr.Binary b -> {
                expr(b.x());
                sb.append(' ').append(b.op().text()).append(' ');
                expr(b.y());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() instanceof Expr.Ellipsis) sb.append("...");
                else if (a.len() != null) expr(a.len());
                sb.append(']');
                expr(a.elem());
            }
            case Expr.StructType s -> {
                sb.append("struct{");
                fields(s.fields(), "; ");
                sb.append('}');
            }
            case Expr.FuncType f -> {
                sb.append("func");
                sig(f);
            }
            case Expr.InterfaceType i -> {
                sb.append("interface{");
                for (int k = 0; k < i.elems().size(); k++) {
                    if (k > 0) sb.append("; ");
                    Field f = i.elems().get(k);
                    if (f.names().isEmpty()) {
                        expr(f.type());
                    } else {
                        sb.append(f.names().get(0).name());
                        if (f.type() instanceof Expr.FuncType ft) sig(ft);
                    }
                }
                sb.append('}');
            }
            case Expr.MapType m -> {
                sb.append("map[");
                expr(m.key());
                sb.append(']');
                expr(m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                expr(c.elem());
            }
            case Expr.Ellipsis el -> {
                sb.append("...");
                if (el.elt() != null) expr(el.elt());
            }
        }
    }

    private void exprs(List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(es.get(i));
        }
    }

    private void sig(Expr.FuncType f) {
        sb.append('(');
        fields(f.params(), ", ");
        sb.append(')');
        List<Field> res = f.results();
        if (res.isEmpty()) return;
        sb.append(' ');
        if (res.size() == 1 && res.get(0).names().isEmpty()) {
            expr(res.get(0).type());
            return;
        }
        sb.append('(');
        fields(res, ", ");
        sb.append(')');
    }

    private void fields(List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fs.get(i);
            for (int k = 0; k < f.names().size(); k++) {
                if (k > 0) sb.append(", ");
                sb.append(f.names().get(k).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            expr(f.type());
        }
    }
}

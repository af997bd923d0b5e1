package dev.jgo.syntax;

import java.util.List;

/**
 * Renders expressions and simple statements as Go source in short form (bodies and literal
 * contents elided as {…}), for error messages such as "cannot use x := 1 as value".
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

    private void exprs(List<Expr> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(list.get(i));
        }
    }

    private void expr(Expr x) {
        switch (x) {
            case null -> {}
            case Expr.Bad b -> sb.append("BadExpr");
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit lit -> sb.append(lit.value());
            case Expr.CompositeLit c -> {
                expr(c.type());
                sb.append("{…}");
            }
            case Expr.KeyValue kv -> {
                expr(kv.key());
                sb.append(": ");
                expr(kv.value());
            }
            case Expr.FuncLit f -> {
                expr(f.type());
                sb.append(" {…}");
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
                expr(s.lo());
                sb.append(':');
                expr(s.hi());
                if (s.full()) {
                    sb.append(':');
                    expr(s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                expr(t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    expr(t.type());
                }
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
                expr(a.len());
                sb.append(']');
                expr(a.elem());
            }
            case Expr.StructType s -> sb.append(s.fields().isEmpty() ? "struct{}" : "struct{…}");
            case Expr.InterfaceType i -> sb.append(i.elems().isEmpty() ? "interface{}" : "interface{…}");
            case Expr.FuncType f -> {
                sb.append("func");
                signature(f);
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
            case Expr.Ellipsis e -> {
                sb.append("...");
                expr(e.elt());
            }
        }
    }

    private void signature(Expr.FuncType f) {
        fields(f.params());
        if (f.results().isEmpty()) return;
        sb.append(' ');
        if (f.results().size() == 1 && f.results().getFirst().names().isEmpty()) {
            expr(f.results().getFirst().type());
        } else {
            fields(f.results());
        }
    }

    private void fields(List<Field> fields) {
        sb.append('(');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(", ");
            Field f = fields.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            expr(f.type());
        }
        sb.append(')');
    }
}

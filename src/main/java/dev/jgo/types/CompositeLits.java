package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks composite literals T{...}, including elided element types and [...]T arrays. */
final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    void check(Operand x, Expr.CompositeLit e, Scope s, Type hint) {
        Type typ, base;
        boolean openArray = e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis;
        if (openArray) {
            Type elem = c.types.typExpr(((Expr.ArrayType) e.type()).elem(), s);
            long n = indexedElts(e.elts(), elem, -1, s);
            typ = base = new Type.Array(elem, n);
            c.info.types.put(e.type(), new Info.TypeAndValue(Info.Mode.TYPE, typ, null));
        } else if (e.type() != null) {
            typ = base = c.types.typExpr(e.type(), s);
        } else if (hint != null) {
            typ = hint;
            base = hint;
            if (hint.underlying() instanceof Type.Pointer p) base = p.elem();
        } else {
            c.error(e, "missing type in composite literal");
            useAll(e, s);
            return;
        }
        if (base instanceof Type.Named n && n.declared == null) {
            c.error(e, "illegal cycle in type declaration");
            useAll(e, s);
            return;
        }
        switch (base.underlying()) {
            case Type.Struct st -> structLit(e, st, base, typ, s);
            case Type.Array a -> {
                if (!openArray) indexedElts(e.elts(), a.elem(), a.len(), s);
            }
            case Type.Slice sl -> indexedElts(e.elts(), sl.elem(), -1, s);
            case Type.Map m -> mapLit(e, m, s);
            default -> {
                useAll(e, s);
                if (!Predicates.isInvalid(base.underlying())) {
                    c.error(e, "invalid composite literal type " + c.str(typ));
                }
                return;
            }
        }
        x.mode = Mode.VALUE;
        x.type = typ;
    }

    private void structLit(Expr.CompositeLit e, Type.Struct st, Type base, Type typ, Scope s) {
        if (e.elts().isEmpty()) return;
        List<Obj.Var> fields = st.fields();
        Operand x = new Operand();
        if (e.elts().get(0) instanceof Expr.KeyValue) {
            boolean[] visited = new boolean[fields.size()];
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.error(el, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.exprs.expr(x, kv.value(), s);
                    c.error(kv, "invalid field name " + AstPrinter.print(kv.key()) + " in struct literal");
                    continue;
                }
                int i = fieldIndex(fields, key.name());
                if (i < 0) {
                    c.exprs.expr(x, kv.value(), s);
                    c.error(key, "unknown field '" + key.name() + "' in struct literal of type " + c.str(base));
                    continue;
                }
                Obj.Var fld = fields.get(i);
                c.recordUse(key, fld);
                c.exprs.expr(x, kv.value(), s);
                c.assign.assignment(x, fld.type(), "struct literal");
                if (visited[i]) {
                    c.error(kv, "duplicate field name " + key.name() + " in struct literal");
                    continue;
                }
                visited[i] = true;
            }
            return;
        }
        for (int i = 0; i < e.elts().size(); i++) {
            Expr el = e.elts().get(i);
            if (el instanceof Expr.KeyValue kv) {
                c.error(kv, "mixture of field:value and value elements in struct literal");
                continue;
            }
            c.exprs.expr(x, el, s);
            if (i >= fields.size()) {
                c.error(x, "too many values in " + c.str(base) + "{…}");
                break;
            }
            Obj.Var fld = fields.get(i);
            if (!fld.exported() && fld.pkg() != c.pkg) {
                c.error(x, "implicit assignment to unexported field " + fld.name() + " in " + c.str(typ) + " literal");
                continue;
            }
            c.assign.assignment(x, fld.type(), "struct literal");
        }
        if (e.elts().size() < fields.size()) {
            c.error(e.rbrace(), "too few values in " + c.str(base) + "{…}");
        }
    }

    private int fieldIndex(List<Obj.Var> fields, String name) {
        if (name.equals("_")) return -1;
        for (int i = 0; i < fields.size(); i++) {
            if (Predicates.sameId(fields.get(i), name, c.pkg)) return i;
        }
        return -1;
    }

    private void mapLit(Expr.CompositeLit e, Type.Map m, Scope s) {
        boolean keyIsInterface = m.key().underlying() instanceof Type.Interface;
        Map<String, List<Type>> visited = new HashMap<>();
        Operand x = new Operand();
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValue kv)) {
                c.error(el, "missing key in map literal");
                continue;
            }
            c.exprs.exprWithHint(x, kv.key(), s, m.key());
            c.assign.assignment(x, m.key(), "map literal");
            if (!x.invalid() && x.mode == Mode.CONSTANT && x.val.kind() != Kind.UNKNOWN) {
                String key = x.val.kind() + ":" + x.val.exactString();
                List<Type> seen = visited.computeIfAbsent(key, k -> new ArrayList<>());
                Type kt = x.type;
                boolean dup = keyIsInterface ? seen.stream().anyMatch(t -> Predicates.identical(t, kt)) : !seen.isEmpty();
                seen.add(kt);
                if (dup) {
                    c.error(x.pos(), "duplicate key " + x.val + " in map literal");
                    continue;
                }
            }
            c.exprs.exprWithHint(x, kv.value(), s, m.elem());
            c.assign.assignment(x, m.elem(), "map literal");
        }
    }

    /** Checks array or slice elements; returns the literal's length (max index + 1). */
    private long indexedElts(List<Expr> elts, Type elem, long length, Scope s) {
        Set<Long> visited = new HashSet<>();
        long index = 0, max = 0;
        Operand x = new Operand();
        for (Expr el : elts) {
            boolean validIndex = false;
            Expr ev = el;
            if (el instanceof Expr.KeyValue kv) {
                long i = new Indexing(c).index(kv.key(), length, s);
                if (i >= 0) {
                    index = i;
                    validIndex = true;
                } else if (i != Indexing.INVALID) {
                    c.error(el, "index " + AstPrinter.print(kv.key()) + " must be integer constant");
                }
                ev = kv.value();
            } else if (length >= 0 && index >= length) {
                c.error(el, "index " + index + " is out of bounds (>= " + length + ")");
            } else {
                validIndex = true;
            }
            if (validIndex && !visited.add(index)) {
                c.error(el, "duplicate index " + index + " in array or slice literal");
            }
            index++;
            if (index > max) max = index;
            c.exprs.exprWithHint(x, ev, s, elem);
            c.assign.assignment(x, elem, "array or slice literal");
        }
        return max;
    }

    private void useAll(Expr.CompositeLit e, Scope s) {
        Operand x = new Operand();
        for (Expr el : e.elts()) {
            Expr v = el instanceof Expr.KeyValue kv ? kv.value() : el;
            if (v instanceof Expr.CompositeLit cl && cl.type() == null) continue;
            c.exprs.rawExpr(x, v, s, null);
        }
    }
}

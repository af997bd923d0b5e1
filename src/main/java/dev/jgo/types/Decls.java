package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Spec;
import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Constant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Checks const, var, type and func declarations, package-level ones lazily with cycle detection. */
final class Decls {
    private final Checker c;

    Decls(Checker c) {
        this.c = c;
    }

    /** Checks the package-level object's declaration unless done; reports cycles. */
    void objDecl(Obj obj) {
        DeclInfo d = c.decls.get(obj);
        if (d == null || c.done.contains(obj)) return;
        int at = c.path.indexOf(obj);
        if (at >= 0) {
            cycle(obj, at);
            return;
        }
        c.path.add(obj);
        DeclInfo saved = c.current;
        var savedPos = c.at;
        c.current = d;
        try {
            switch (obj) {
                case Obj.Const k -> constDecl(k, d.typ, d.init, d.iota, d.inherited, d.fileScope);
                case Obj.Var v -> {
                    if (d.lhs != null) varDecl(d.lhs, d.typ, List.of(d.init), d.fileScope);
                    else varDecl(List.of(v), d.typ, d.init == null ? List.of() : List.of(d.init), d.fileScope);
                }
                case Obj.TypeName t -> typeDecl(t, d.tspec, d.fileScope);
                case Obj.Func f -> funcDecl(f, d);
                default -> {}
            }
        } finally {
            c.current = saved;
            c.at = savedPos;
            c.path.remove(c.path.size() - 1);
            c.done.add(obj);
            if (d.lhs != null) c.done.addAll(d.lhs);
        }
    }

    /** A reference back to obj, which is being declared: an error unless the cycle is legal. */
    private void cycle(Obj obj, int at) {
        List<Obj> cyc = c.path.subList(at, c.path.size());
        int nval = 0, ndef = 0;
        for (Obj o : cyc) {
            if (o instanceof Obj.Const || o instanceof Obj.Var) nval++;
            if (o instanceof Obj.TypeName t && !t.isAlias()) ndef++;
            if (o instanceof Obj.Func) return;
        }
        if (ndef > 0 && nval == 0) return;
        if (nval == cyc.size() && cyc.stream().allMatch(o -> o instanceof Obj.Var)) {
            // Left for InitOrder, which reports it as gc does.
            if (obj.type == null) obj.type = Universe.INVALID;
            return;
        }
        boolean isType = obj instanceof Obj.TypeName;
        reportCycle(new ArrayList<>(cyc), isType ? "invalid recursive type " : "initialization loop for ", true);
        if (obj.type == null) obj.type = Universe.INVALID;
        if (obj instanceof Obj.Const k && k.val == null) k.val = Constant.unknown();
    }

    /** Reports a cycle, starting at its first object in source order when bySource is set, as gc does. */
    void reportCycle(List<Obj> cyc, String intro, boolean bySource) {
        int first = 0;
        for (int i = 1; bySource && i < cyc.size(); i++) {
            if (cyc.get(i).pos().compareTo(cyc.get(first).pos()) < 0) first = i;
        }
        Obj o = cyc.get(first);
        StringBuilder sb = new StringBuilder(intro + o.name());
        for (int k = 0; k < cyc.size(); k++) {
            Obj x = cyc.get((first + k) % cyc.size());
            sb.append("\n\t").append(x.pos()).append(": ").append(x.name()).append(" refers to");
        }
        sb.append("\n\t").append(o.pos()).append(": ").append(o.name());
        c.error(o.pos(), sb.toString());
    }

    void constDecl(Obj.Const k, Expr typ, Expr init, int iota, boolean inherited, Scope scope) {
        var savedErrpos = c.errpos;
        c.errpos = inherited ? k.pos() : null;
        try {
            constDecl(k, typ, init, iota, scope);
        } finally {
            c.errpos = savedErrpos;
        }
    }

    private void constDecl(Obj.Const k, Expr typ, Expr init, int iota, Scope scope) {
        Type t = null;
        if (typ != null) {
            t = c.types.typExpr(typ, scope);
            if (!Predicates.isConstType(t)) {
                if (!Predicates.isInvalid(t)) c.error(typ, "invalid constant type " + c.str(t));
                k.type = Universe.INVALID;
                k.val = Constant.unknown();
                return;
            }
        }
        Operand x = new Operand();
        if (init != null) {
            int savedIota = c.exprs.iota;
            c.exprs.iota = iota;
            try {
                c.exprs.expr(x, init, scope);
            } finally {
                c.exprs.iota = savedIota;
            }
        }
        c.assign.initConst(k, x, t);
    }

    /** Checks var a, b T = x, y (or = f()); the variables' types are set. */
    void varDecl(List<Obj.Var> lhs, Expr typ, List<Expr> rhs, Scope scope) {
        varDecl(lhs, typ == null ? null : c.types.typExpr(typ, scope), rhs, scope);
    }

    /** Like varDecl, with the declared type t (null if none) already evaluated. */
    private void varDecl(List<Obj.Var> lhs, Type t, List<Expr> rhs, Scope scope) {
        if (t != null) for (Obj.Var v : lhs) v.type = t;
        if (rhs.isEmpty()) {
            if (t == null) for (Obj.Var v : lhs) v.type = Universe.INVALID;
        } else if (lhs.size() == 1 && rhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.expr(x, rhs.get(0), scope);
            c.assign.initVar(lhs.get(0), x, "variable declaration");
        } else {
            c.assign.initVars(lhs, rhs, scope, null);
        }
        // No follow-on "declared but not used" for variables whose type is broken.
        for (Obj.Var v : lhs) if (Predicates.isInvalid(v.type)) v.used = true;
    }

    /** Local aliases whose right side is being evaluated: a use of one is a cycle. */
    private final Set<Obj.TypeName> aliasesInProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Reports a local alias used in its own definition; package-level cycles are found by objDecl. */
    boolean aliasCycle(Obj.TypeName tn) {
        if (!aliasesInProgress.contains(tn) || c.decls.containsKey(tn)) return false;
        reportCycle(List.of(tn), "invalid recursive type ", true);
        return true;
    }

    void typeDecl(Obj.TypeName tn, Spec.Type spec, Scope scope) {
        c.at = spec.pos();
        if (spec.alias()) {
            tn.type = Universe.INVALID;
            aliasesInProgress.add(tn);
            try {
                tn.type = c.types.typExpr(spec.type(), scope);
            } finally {
                aliasesInProgress.remove(tn);
            }
            return;
        }
        Type.Named named = (Type.Named) tn.type;
        Type rhs = c.types.definedType(spec.type(), scope, named);
        named.declared = rhs;
        for (Obj.Func m : named.methods) objDecl(m);
        checkFieldMethodClash(named);
    }

    private void checkFieldMethodClash(Type.Named n) {
        if (!(n.declared instanceof Type.Struct s)) return;
        for (Obj.Func m : n.methods) {
            for (Obj.Var f : s.fields()) {
                if (f.name().equals(m.name()) && !m.name().equals("_")) {
                    c.error(m.pos(), "field and method with the same name " + m.name()
                            + "\n\t" + f.pos() + ": other declaration of " + m.name());
                }
            }
        }
    }

    private void funcDecl(Obj.Func f, DeclInfo d) {
        Decl.FuncDecl fd = d.fdecl;
        c.at = fd.pos();
        Scope fscope = new Scope(d.fileScope, true, "function " + f.name());
        c.info.scopes.put(fd.type(), fscope);
        // Uses of f inside its own signature see a func() (as in gc), not nothing.
        f.type = new Type.Signature(null, Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        Type.Signature sig = c.types.funcType(fd.recv(), fd.type(), fscope);
        f.type = sig;
        if (fd.recv() != null) c.types.checkReceiver(fd.recv(), sig, f);
        if (fd.body() != null) {
            c.later.add(() -> {
                DeclInfo saved = c.current;
                c.current = d;
                try {
                    c.stmts.funcBody(f.name(), fscope, sig, fd.body());
                } finally {
                    c.current = saved;
                }
            });
        }
    }

    /** A const or var declaration statement inside a function. */
    void localGenDecl(Decl.GenDecl g, Scope scope) {
        Spec.Value last = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.Value v when g.tok() == Token.CONST -> {
                    if (v.type() != null || !v.values().isEmpty() || last == null) last = v;
                    List<Obj.Const> ks = new ArrayList<>();
                    for (int i = 0; i < v.names().size(); i++) {
                        Expr.Ident id = v.names().get(i);
                        Obj.Const k = new Obj.Const(id.pos(), id.name(), c.pkg, null, null);
                        constDecl(k, last.type(), i < last.values().size() ? last.values().get(i) : null, v.iota(), v != last, scope);
                        ks.add(k);
                    }
                    arity(c, v, last, true);
                    for (int i = 0; i < ks.size(); i++) c.declare(scope, v.names().get(i), ks.get(i));
                }
                case Spec.Value v -> {
                    List<Obj.Var> lhs = new ArrayList<>();
                    for (Expr.Ident id : v.names()) lhs.add(Obj.Var.of(id.pos(), id.name(), c.pkg, null));
                    List<Expr> values = v.values();
                    Type t = v.type() == null ? null : c.types.typExpr(v.type(), scope);
                    if (values.size() == 1 && lhs.size() > 1) {
                        varDecl(lhs, t, values, scope);
                    } else {
                        arity(c, v, v, false);
                        // Each variable gets its own value, if it has one (as at package level).
                        for (int i = 0; i < lhs.size(); i++) {
                            varDecl(List.of(lhs.get(i)), t, i < values.size() ? List.of(values.get(i)) : List.of(), scope);
                        }
                    }
                    for (int i = 0; i < lhs.size(); i++) {
                        if (c.declare(scope, v.names().get(i), lhs.get(i))) c.stmts.declaredVar(lhs.get(i));
                    }
                }
                case Spec.Type t -> {
                    Obj.TypeName tn = new Obj.TypeName(t.name().pos(), t.name().name(), c.pkg, null, t.alias());
                    if (!t.alias()) tn.type = new Type.Named(tn);
                    c.declare(scope, t.name(), tn);
                    typeDecl(tn, t, scope);
                    validType(tn);
                }
                case Spec.Import im -> c.error(im.pos(), "imports must appear before other declarations");
            }
        }
    }

    /** Reports missing or extra initialization expressions of a const or var spec. */
    static void arity(Checker c, Spec.Value v, Spec.Value src, boolean isConst) {
        int l = v.names().size(), r = src.values().size();
        boolean inherited = v != src;
        if (l < r) {
            Expr n = src.values().get(l);
            if (inherited) c.error(v.pos(), "extra init expr at " + n.pos());
            else c.error(n, "extra init expr " + AstPrinter.print(n));
        } else if (l > r && (isConst || r != 1)) {
            Expr.Ident n = v.names().get(r);
            if (!isConst && r == 0 && v.type() != null) return;
            c.error(n, "missing init expr for " + n.name());
        }
    }

    /** Reports each package-level type that contains itself without indirection. */
    void checkValidTypes() {
        for (Obj o : c.ordered) {
            if (o instanceof Obj.TypeName tn) validType(tn);
        }
    }

    private final Set<Type.Named> valid = Collections.newSetFromMap(new IdentityHashMap<>());

    private void validType(Obj.TypeName tn) {
        if (tn.type instanceof Type.Named n) validType(n, new ArrayList<>());
    }

    /** Whether n is free of direct self-containment; path holds the named types being expanded. */
    private boolean validType(Type.Named n, List<Type.Named> path) {
        if (valid.contains(n) || n.obj().pkg() != c.pkg) return true;
        int at = path.indexOf(n);
        if (at >= 0) {
            List<Obj> cyc = new ArrayList<>();
            for (Type.Named p : path.subList(at, path.size())) cyc.add(p.obj());
            reportCycle(cyc, "invalid recursive type ", true);
            for (Type.Named p : path.subList(at, path.size())) {
                valid.add(p);
                p.declared = Universe.INVALID;
            }
            return false;
        }
        path.add(n);
        boolean ok = validComponents(n.declared, path);
        path.remove(path.size() - 1);
        valid.add(n);
        return ok;
    }

    private boolean validComponents(Type t, List<Type.Named> path) {
        return switch (t) {
            case null -> true;
            case Type.Named n -> validType(n, path);
            case Type.Array a -> validComponents(a.elem(), path);
            case Type.Struct s -> s.fields().stream().allMatch(f -> validComponents(f.type(), path));
            case Type.Interface i -> i.embedded().stream().allMatch(e -> validComponents(e, path));
            default -> true;
        };
    }
}

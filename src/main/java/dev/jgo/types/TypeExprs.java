package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Field;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluates type expressions to types. */
final class TypeExprs {
    private final Checker c;

    TypeExprs(Checker c) {
        this.c = c;
    }

    /** The type e denotes; Invalid after reporting an error. Constraint interfaces are rejected. */
    Type typExpr(Expr e, Scope scope) {
        Type t = definedType(e, scope, null);
        if (t.underlying() instanceof Type.Interface i && i.isConstraint()) {
            c.error(e, "cannot use type " + c.str(t) + " outside a type constraint: interface "
                    + (i.hasTerms ? "contains type constraints" : "is (or embeds) comparable"));
            return Universe.INVALID;
        }
        return t;
    }

    /** Like typExpr, but constraint interfaces are fine (for the right side of a type declaration). */
    Type definedType(Expr e, Scope scope, Type.Named def) {
        Type t = typInternal(e, scope, def);
        c.info.types.put(e, new Info.TypeAndValue(Info.Mode.TYPE, t, null));
        return t;
    }

    private Type typInternal(Expr e, Scope scope, Type.Named def) {
        switch (e) {
            case Expr.Ident id -> { return typeName(e, scope); }
            case Expr.Selector s -> { return typeName(e, scope); }
            case Expr.Paren p -> { return definedType(p.x(), scope, def); }
            case Expr.Star s -> { return new Type.Pointer(typExpr(s.x(), scope)); }
            case Expr.ArrayType a -> {
                if (a.len() == null) return new Type.Slice(typExpr(a.elem(), scope));
                if (a.len() instanceof Expr.Ellipsis) {
                    c.error(a.pos(), "invalid use of [...] array (outside a composite literal)");
                    typExpr(a.elem(), scope);
                    return Universe.INVALID;
                }
                long n = arrayLength(a.len(), scope);
                Type elem = typExpr(a.elem(), scope);
                // As in gc, an array with an invalid length is an invalid type (no follow-on errors).
                if (n < 0) return Universe.INVALID;
                Type.Array t = new Type.Array(elem, n);
                c.later.add(() -> {
                    if (Sizes.sizeof(t) >= Sizes.MAX_WIDTH) c.error(e, "type " + c.str(t) + " larger than address space");
                });
                return t;
            }
            case Expr.Ellipsis el -> {
                c.error(el, "invalid use of '...'");
                return Universe.INVALID;
            }
            case Expr.MapType m -> {
                Type k = typExpr(m.key(), scope), v = typExpr(m.value(), scope);
                checkMapKey(m.key(), k);
                return new Type.Map(k, v);
            }
            case Expr.ChanType ch -> {
                Type.ChanDir dir = switch (ch.dir()) {
                    case BOTH -> Type.ChanDir.BOTH;
                    case SEND -> Type.ChanDir.SEND;
                    case RECV -> Type.ChanDir.RECV;
                };
                Type.Chan t = new Type.Chan(dir, typExpr(ch.elem(), scope));
                c.later.add(() -> {
                    long size = Sizes.sizeof(t.elem());
                    if (size >= 1 << 16 && size < Sizes.MAX_WIDTH) c.error(e, "channel element type too large (>64kB)");
                });
                return t;
            }
            case Expr.FuncType f -> {
                return funcType(null, f, new Scope(scope, true, "function type"));
            }
            case Expr.StructType s -> { return structType(s, scope); }
            case Expr.InterfaceType i -> { return interfaceType(i, scope, def); }
            default -> {
                Operand x = new Operand();
                c.exprs.exprOrType(x, e, scope);
                if (x.mode == Operand.Mode.TYPEXPR) return x.type;
                if (!x.invalid()) c.error(e, AstPrinter.print(e) + " is not a type");
                return Universe.INVALID;
            }
        }
    }

    private Type typeName(Expr e, Scope scope) {
        Operand x = new Operand();
        c.exprs.exprOrType(x, e, scope);
        switch (x.mode) {
            case TYPEXPR -> { return x.type; }
            case INVALID -> { return Universe.INVALID; }
            case NOVALUE -> c.error(e, c.str(x) + " used as type");
            default -> c.error(e, c.str(x) + " is not a type");
        }
        return Universe.INVALID;
    }

    private void checkMapKey(Expr keyExpr, Type k) {
        Runnable check = () -> {
            if (!Predicates.isInvalid(k) && !Predicates.comparable(k)) {
                c.error(keyExpr, "invalid map key type " + c.str(k));
            }
        };
        c.later.add(check);
    }

    /** Whether t's underlying type is known (not a named type still being declared). */
    private static boolean resolved(Type t) {
        for (int depth = 0; t instanceof Type.Named n; depth++) {
            if (n.declared == null || depth > 100) return false;
            t = n.declared;
        }
        return true;
    }

    /** The length of an array type, or -1 after an error. */
    private long arrayLength(Expr len, Scope scope) {
        if (len instanceof Expr.Ident id) {
            Obj o = scope.lookupParent(id.name());
            if (o == null) {
                c.error(id, "undeclared name " + id.name() + " for array length");
                return -1;
            }
            if (!(o instanceof Obj.Const)) {
                c.error(id, "invalid array length " + id.name());
                return -1;
            }
        }
        Operand x = new Operand();
        c.exprs.expr(x, len, scope);
        if (x.invalid()) return -1;
        if (x.mode != Operand.Mode.CONSTANT) {
            c.error(x, "array length " + c.str(x) + " must be constant");
            return -1;
        }
        if (Predicates.isUntyped(x.type) || Predicates.isInteger(x.type)) {
            Value v = Constant.toInt(x.val);
            if (v.kind() == Kind.INT && Representable.convert(v, Universe.INT) != null) {
                if (Constant.sign(v) >= 0) return Constant.int64Val(v);
                c.error(x, "invalid array length " + c.str(x));
                return -1;
            }
        }
        c.error(x, "array length " + c.str(x) + " must be integer");
        return -1;
    }

    /**
     * A function's signature; the receiver, parameters and results are declared in scope (after
     * all their types are resolved: a parameter's name is not in scope in the signature).
     */
    Type.Signature funcType(Field recv, Expr.FuncType f, Scope scope) {
        Obj.Var rv = null;
        List<Obj.Var> named = new ArrayList<>();
        List<Expr.Ident> ids = new ArrayList<>();
        if (recv != null) {
            List<Obj.Var> r = params(List.of(recv), scope, false, named, ids);
            rv = r.isEmpty() ? null : r.get(0);
        }
        List<Obj.Var> ps = params(f.params(), scope, true, named, ids);
        List<Obj.Var> rs = params(f.results(), scope, false, named, ids);
        for (int i = 0; i < named.size(); i++) c.declare(scope, ids.get(i), named.get(i));
        boolean variadic = !f.params().isEmpty() && f.params().get(f.params().size() - 1).type() instanceof Expr.Ellipsis;
        c.info.types.put(f, new Info.TypeAndValue(Info.Mode.TYPE, null, null));
        Type.Signature sig = new Type.Signature(rv, new Type.Tuple(ps), new Type.Tuple(rs), variadic);
        c.info.types.put(f, new Info.TypeAndValue(Info.Mode.TYPE, sig, null));
        return sig;
    }

    /** The variables of a parameter list; named ones are also added to named (with their identifiers) for declaration. */
    private List<Obj.Var> params(List<Field> fields, Scope scope, boolean variadicOk, List<Obj.Var> named, List<Expr.Ident> ids) {
        List<Obj.Var> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field fd = fields.get(i);
            Expr te = fd.type();
            Type t;
            if (te instanceof Expr.Ellipsis el) {
                if (!variadicOk || i != fields.size() - 1 || fd.names().size() > 1) {
                    c.error(el, "can only use ... with final parameter in list");
                    t = Universe.INVALID;
                    typExpr(el.elt(), scope);
                } else {
                    t = new Type.Slice(typExpr(el.elt(), scope));
                    c.info.types.put(el, new Info.TypeAndValue(Info.Mode.TYPE, t, null));
                }
            } else {
                t = typExpr(te, scope);
            }
            if (fd.names().isEmpty()) {
                out.add(Obj.Var.of(te.pos(), "", c.pkg, t));
                continue;
            }
            for (Expr.Ident id : fd.names()) {
                Obj.Var v = Obj.Var.of(id.pos(), id.name(), c.pkg, t);
                v.used = true;
                named.add(v);
                ids.add(id);
                out.add(v);
            }
        }
        return out;
    }

    /** Reports an invalid receiver of method f. */
    void checkReceiver(Field recv, Type.Signature sig, Obj.Func f) {
        Pos pos = recv.names().isEmpty() ? recv.type().pos() : recv.names().get(0).pos();
        if (recv.names().size() > 1) {
            c.error(recv.names().get(1).pos(), "method has multiple receivers");
            return;
        }
        if (sig.recv() == null) return;
        Type t = sig.recv().type();
        if (Predicates.isInvalid(t)) return;
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        if (Predicates.isInvalid(base)) return;
        if (!(base instanceof Type.Named n)) {
            if (base instanceof Type.Basic b && base != Universe.UNSAFE_POINTER) {
                c.error(pos, "cannot define new methods on non-local type " + c.str(base));
            } else {
                c.error(pos, "invalid receiver type " + c.str(t));
            }
            return;
        }
        if (n.obj().pkg() != c.pkg) {
            c.error(pos, "cannot define new methods on non-local type " + c.str(base));
            return;
        }
        Type u = n.underlying();
        if (u instanceof Type.Pointer || u instanceof Type.Interface) {
            c.error(pos, "invalid receiver type " + c.str(base) + " (pointer or interface type)");
        }
    }

    private Type structType(Expr.StructType s, Scope scope) {
        List<Obj.Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, Obj.Var> seen = new HashMap<>();
        for (Field fd : s.fields()) {
            Type t = typExpr(fd.type(), scope);
            String tag = "";
            if (fd.tag() != null) {
                Value v = Constant.makeFromLiteral(fd.tag().value(), Token.STRING);
                if (v.kind() == Kind.STRING) tag = Constant.stringVal(v);
            }
            if (fd.names().isEmpty()) {
                Expr te = fd.type();
                Expr nameExpr = Resolver.receiverBase(te);
                String name = nameExpr instanceof Expr.Selector sel ? sel.sel().name()
                        : nameExpr instanceof Expr.Ident id ? id.name() : "?";
                Obj.Var v = new Obj.Var(te.pos(), name, c.pkg, t, true, true);
                c.info.implicits.put(fd, v);
                embeddedCheck(te, t);
                addField(fields, tags, seen, v, tag);
                continue;
            }
            for (Expr.Ident id : fd.names()) {
                Obj.Var v = new Obj.Var(id.pos(), id.name(), c.pkg, t, true, false);
                c.recordDef(id, v);
                addField(fields, tags, seen, v, tag);
            }
        }
        return new Type.Struct(fields, tags);
    }

    private void addField(List<Obj.Var> fields, List<String> tags, Map<String, Obj.Var> seen, Obj.Var v, String tag) {
        if (!v.name().equals("_")) {
            Obj.Var old = seen.putIfAbsent(v.name(), v);
            if (old != null) {
                c.error(v.pos(), v.name() + " redeclared\n\t" + old.pos() + ": other declaration of " + v.name());
                return;
            }
        }
        fields.add(v);
        tags.add(tag);
    }

    private void embeddedCheck(Expr te, Type t) {
        Runnable check = () -> {
            Type base = t instanceof Type.Pointer p ? p.elem() : t;
            if (Predicates.isInvalid(base)) return;
            if (Predicates.isUnsafePointer(base)) {
                c.error(te, "embedded field type cannot be unsafe.Pointer");
            } else if (t instanceof Type.Pointer && base.underlying() instanceof Type.Pointer) {
                c.error(te, "embedded field type cannot be a pointer");
            } else if (t instanceof Type.Pointer && base.underlying() instanceof Type.Interface) {
                c.error(te, "embedded field type cannot be a pointer to an interface");
            } else if (!(t instanceof Type.Pointer) && t.underlying() instanceof Type.Pointer) {
                c.error(te, "embedded field type cannot be a pointer");
            }
        };
        c.later.add(check);
    }

    private Type interfaceType(Expr.InterfaceType it, Scope scope, Type.Named def) {
        Type.Interface iface = new Type.Interface();
        Map<String, Obj.Func> seen = new HashMap<>();
        for (Field fd : it.elems()) {
            if (fd.names().isEmpty()) {
                embedElem(iface, fd.type(), scope);
                continue;
            }
            Expr.Ident name = fd.names().get(0);
            if (!(fd.type() instanceof Expr.FuncType ft)) continue;
            Scope ms = new Scope(scope, true, "method");
            Type recvType = def != null ? def : iface;
            Type.Signature s = funcType(null, ft, ms);
            Type.Signature sig = new Type.Signature(Obj.Var.of(name.pos(), "", c.pkg, recvType), s.params(), s.results(), s.variadic());
            Obj.Func m = new Obj.Func(name.pos(), name.name(), c.pkg, sig);
            c.recordDef(name, m);
            if (name.isBlank()) {
                c.error(name, "methods must have a unique non-blank name");
                continue;
            }
            Obj.Func old = seen.putIfAbsent(m.name(), m);
            if (old != null) {
                c.error(m.pos(), "duplicate method " + m.name() + "\n\t" + old.pos() + ": other declaration of " + m.name());
                continue;
            }
            iface.methods.add(m);
        }
        if (iface.embedded.isEmpty()) {
            iface.methods.sort(Comparator.comparing(Obj::name));
            iface.allMethods = List.copyOf(iface.methods);
        } else {
            iface.completer = () -> complete(iface, it.pos());
        }
        return iface;
    }

    private void embedElem(Type.Interface iface, Expr e, Scope scope) {
        if (e instanceof Expr.Binary b && b.op() == Token.OR) {
            embedElem(iface, b.x(), scope);
            embedElem(iface, b.y(), scope);
            iface.hasTerms = true;
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == Token.TILDE) {
            iface.terms.add(new Type.Term(true, definedType(u.x(), scope, null)));
            iface.hasTerms = true;
            return;
        }
        if (embedsAliasInProgress(e, scope)) return;
        Type t = definedType(e, scope, null);
        if (Predicates.isInvalid(t)) return;
        if (resolved(t) && !(t.underlying() instanceof Type.Interface)) {
            iface.terms.add(new Type.Term(false, t));
            iface.hasTerms = true;
            return;
        }
        iface.embedded.add(t);
    }

    /**
     * Whether e names an alias whose declaration is in progress: the interface being declared
     * then embeds itself, which gc reports as an invalid recursive type at the defined type.
     */
    private boolean embedsAliasInProgress(Expr e, Scope scope) {
        if (!(e instanceof Expr.Ident id) || !(scope.lookupParent(id.name()) instanceof Obj.TypeName tn)
                || !tn.isAlias() || !c.path.contains(tn)) {
            return false;
        }
        for (int i = c.path.size() - 1; i >= 0; i--) {
            if (c.path.get(i) instanceof Obj.TypeName def && !def.isAlias()) {
                c.decl.reportCycle(List.of(def), "invalid recursive type ", true);
                return true;
            }
        }
        return false;
    }

    /** Computes the interface's full method set from its own and embedded methods. */
    private void complete(Type.Interface iface, Pos pos) {
        if (iface.allMethods != null) return;
        for (Type e : iface.embedded) if (!resolved(e)) return;
        iface.allMethods = iface.methods;
        Map<String, Obj.Func> all = new HashMap<>();
        for (Obj.Func m : iface.methods) all.put(m.name(), m);
        for (Type e : iface.embedded) {
            if (!(e.underlying() instanceof Type.Interface ei)) {
                if (!Predicates.isInvalid(e.underlying())) iface.hasTerms = true;
                continue;
            }
            if (ei.isConstraint()) {
                iface.hasTerms |= ei.hasTerms;
                iface.isComparable |= ei.isComparable;
            }
            for (Obj.Func m : ei.allMethods()) {
                Obj.Func old = all.putIfAbsent(m.name(), m);
                if (old != null && old != m && !Predicates.identical(old.type(), m.type())) {
                    c.error(pos, "duplicate method " + m.name());
                }
            }
        }
        List<Obj.Func> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(Obj::name));
        iface.allMethods = List.copyOf(list);
    }
}

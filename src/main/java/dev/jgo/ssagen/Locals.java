package dev.jgo.ssagen;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Node;
import dev.jgo.syntax.Token;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides where each local variable of a function lives. A variable whose address is taken
 * (&x, &x.f, &a[i], a[:] of an array, x.m() with a pointer receiver) lives on the heap: without
 * escape analysis that is always safe. The one exception is an address that is dereferenced at
 * once after reinterpretation, {@code *(*T)(unsafe.Pointer(&x))} (math.Float64bits and friends):
 * it cannot escape, so x only needs a frame slot. Other structs and arrays live in the frame;
 * everything else is an SSA variable.
 */
final class Locals {
    private Locals() {}

    static void classify(Node body, List<Obj.Var> params, Info info, Set<Obj.Var> heap, Set<Obj.Var> frame) {
        Set<Expr.Unary> dereferencedAtOnce = new HashSet<>();
        walk(body, n -> {
            switch (n) {
                case Expr.Star star when reinterpretedAddress(star.x(), info) instanceof Expr.Unary u -> dereferencedAtOnce.add(u);
                case Expr.Unary u when u.op() == Token.AND -> markRoot(u.x(), info, dereferencedAtOnce.contains(u) ? frame : heap);
                case Expr.Slice s when info.typeOf(s.x()) != null && info.typeOf(s.x()).underlying() instanceof Type.Array ->
                        markRoot(s.x(), info, heap);
                case Expr.Selector s when info.selections.get(s) instanceof Info.Selection sel
                        && sel.kind() == Info.Selection.Kind.METHOD_VAL && sel.obj() instanceof Obj.Func m
                        && m.hasPtrRecv() -> markRoot(s.x(), info, heap);
                case Expr.FuncLit lit -> heap.addAll(Closures.captured(lit, info));
                case Expr.Ident id when info.defs.get(id) instanceof Obj.Var v && !Kinds.canSSA(v.type()) -> frame.add(v);
                default -> {}
            }
        });
        for (Obj.Var p : params) {
            if (!Kinds.canSSA(p.type())) frame.add(p);
        }
        frame.removeAll(heap);
    }

    /** For (*T)(unsafe.Pointer(&x)), the &x; otherwise null. */
    private static Expr reinterpretedAddress(Expr e, Info info) {
        if (conversionOperand(e, info) instanceof Expr toPointer
                && info.typeOf(toPointer) instanceof Type t && t.underlying() == Universe.UNSAFE_POINTER.underlying()
                && conversionOperand(toPointer, info) instanceof Expr addr
                && Exprs.unparen(addr) instanceof Expr.Unary u && u.op() == Token.AND) {
            return u;
        }
        return null;
    }

    /** The operand of a conversion T(x), or null when e is no conversion. */
    private static Expr conversionOperand(Expr e, Info info) {
        if (Exprs.unparen(e) instanceof Expr.Call c && c.args().size() == 1
                && info.types.get(Exprs.unparen(c.fun())) instanceof Info.TypeAndValue tv && tv.mode() == Info.Mode.TYPE) {
            return Exprs.unparen(c.args().getFirst());
        }
        return null;
    }

    /** Marks the variable at the root of an addressable expression (through fields and array elements). */
    private static void markRoot(Expr e, Info info, Set<Obj.Var> heap) {
        while (true) {
            e = Exprs.unparen(e);
            if (e instanceof Expr.Selector s && info.selections.get(s) instanceof Info.Selection sel
                    && sel.kind() == Info.Selection.Kind.FIELD && !sel.indirect()
                    && !(info.typeOf(s.x()).underlying() instanceof Type.Pointer)) {
                e = s.x();
            } else if (e instanceof Expr.Index ix && info.typeOf(ix.x()).underlying() instanceof Type.Array) {
                e = ix.x();
            } else {
                break;
            }
        }
        if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v && v.pkg() != null
                && v.parent() != v.pkg().scope()) {
            heap.add(v);
        }
    }

    /** Visits n and every node below it (the syntax tree is made of records). */
    static void walk(Object n, Consumer<Node> visit) {
        if (n instanceof List<?> list) {
            for (Object o : list) walk(o, visit);
            return;
        }
        if (!(n instanceof Node node)) return;
        visit.accept(node);
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            try {
                walk(c.getAccessor().invoke(node), visit);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

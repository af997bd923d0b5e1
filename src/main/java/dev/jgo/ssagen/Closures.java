package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Function literals. A closure is a heap object whose first word is the code pointer and whose
 * next words point to the captured variables (which live on the heap, so the closure and the
 * enclosing function share them); the func value is a pointer to it. Inside the literal the
 * closure pointer (the context register, GetClosurePtr) gives the variables' addresses back.
 */
final class Closures {
    private Closures() {}

    /** The local variables of enclosing functions that lit uses, in order of first use. */
    static List<Obj.Var> captured(Expr.FuncLit lit, Info info) {
        Set<Obj> inside = new LinkedHashSet<>();
        Set<Obj.Var> used = new LinkedHashSet<>();
        Locals.walk(lit, n -> {
            if (n instanceof Expr.Ident id) {
                if (info.defs.get(id) != null) inside.add(info.defs.get(id));
                if (info.uses.get(id) instanceof Obj.Var v && !v.isField() && v.pkg() != null && v.parent() != v.pkg().scope()) {
                    used.add(v);
                }
            }
        });
        used.removeAll(inside);
        return new ArrayList<>(used);
    }

    /** The closure value in the enclosing function: code pointer, then the variables' addresses. */
    static Value make(FuncGen g, Sym.Global code, Type.Signature sig, List<Obj.Var> captured) {
        Type words = new Type.Array(Universe.UNSAFE_POINTER, captured.size() + 1);
        Value obj = g.newObject(words);
        g.store(Universe.UINTPTR, obj, g.v(Addr, Universe.UINTPTR, 0, code, g.sb));
        for (int i = 0; i < captured.size(); i++) {
            Obj.Var v = captured.get(i);
            Type pt = new Type.Pointer(v.type());
            g.store(pt, g.v(OffPtr, new Type.Pointer(pt), 8L * (i + 1), null, obj), g.read(v, pt));
        }
        return g.v(Copy, sig, obj);
    }

    /** A method value's closure: the wrapper's code address and a pointer to a heap copy of the receiver. */
    static Value bindReceiver(FuncGen g, Sym.Global wrapper, Type.Signature sig, Value recv) {
        Value box = g.newObject(recv.type());
        g.store(recv.type(), box, recv);
        Value obj = g.newObject(new Type.Array(Universe.UNSAFE_POINTER, 2));
        g.store(Universe.UINTPTR, obj, g.v(Addr, Universe.UINTPTR, 0, wrapper, g.sb));
        g.store(Universe.UNSAFE_POINTER, g.v(OffPtr, new Type.Pointer(Universe.UNSAFE_POINTER), 8, null, obj), box);
        return g.v(Copy, sig, obj);
    }

    /** In a method wrapper: the receiver bound into the closure. */
    static Value boundReceiver(FuncGen g, Type recvType) {
        Value cp = g.v(GetClosurePtr, Universe.UNSAFE_POINTER);
        Type pt = new Type.Pointer(recvType);
        return g.load(recvType, g.load(pt, g.v(OffPtr, new Type.Pointer(pt), 8, null, cp)));
    }

    /** At the literal's entry: each captured variable's address, from the closure. */
    static void unpack(FuncGen g, List<Obj.Var> captured) {
        if (captured.isEmpty()) return;
        Value cp = g.v(GetClosurePtr, Universe.UNSAFE_POINTER);
        for (int i = 0; i < captured.size(); i++) {
            Obj.Var v = captured.get(i);
            Type pt = new Type.Pointer(v.type());
            g.write(v, g.load(pt, g.v(OffPtr, new Type.Pointer(pt), 8L * (i + 1), null, cp)));
        }
    }
}

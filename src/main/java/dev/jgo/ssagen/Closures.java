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

    /**
     * A closure of code holding values (a method value's receiver, a deferred call's function
     * and arguments): the code address, then a pointer to a heap copy of each value.
     */
    static Value bind(FuncGen g, Sym.Global code, Type.Signature sig, List<Value> values) {
        Value obj = g.newObject(new Type.Array(Universe.UNSAFE_POINTER, values.size() + 1));
        g.store(Universe.UINTPTR, obj, g.v(Addr, Universe.UINTPTR, 0, code, g.sb));
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            Value box = g.newObject(v.type());
            g.store(v.type(), box, v);
            g.store(Universe.UNSAFE_POINTER, g.v(OffPtr, new Type.Pointer(Universe.UNSAFE_POINTER), 8L * (i + 1), null, obj), box);
        }
        return g.v(Copy, sig, obj);
    }

    /**
     * In the code of a closure made by bind, at its entry (the context register is only good
     * until the first call): the values, of the given types.
     */
    static List<Value> bound(FuncGen g, List<Type> types) {
        Value cp = g.v(GetClosurePtr, Universe.UNSAFE_POINTER);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Type pt = new Type.Pointer(types.get(i));
            out.add(g.load(types.get(i), g.load(pt, g.v(OffPtr, new Type.Pointer(pt), 8L * (i + 1), null, cp))));
        }
        return out;
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

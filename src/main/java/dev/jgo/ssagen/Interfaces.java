package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.syntax.Token;
import dev.jgo.ssa.Value;
import dev.jgo.types.Obj;
import dev.jgo.types.Predicates;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.List;

/**
 * Interface values, as gc lays them out: two words, the first the dynamic type's descriptor
 * (empty interfaces) or an itab (others; gc's go.itab.T,I, whose fun array holds the methods in
 * the interface's method order), the second the value itself for pointer-shaped types or a
 * pointer to a heap copy of it. An itab is not unique (the runtime builds its own for
 * conversions it makes), so values are told apart by the type the itab names. Conversions, method calls, type assertions and comparisons.
 * Conversions whose types are known statically use the static itab; the others (interface to
 * interface, assertions to interfaces) ask the runtime (convI2I, assertE2I, assertE2I2).
 */
final class Interfaces {
    /** The offset of itab.fun[0] (after inter, _type, hash and padding). */
    private static final long ITAB_FUN = 24;
    /** The offset of itab._type. */
    private static final long ITAB_TYPE = 8;

    private final FuncGen g;

    Interfaces(FuncGen g) {
        this.g = g;
    }

    static boolean isInterface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    private static boolean isEmpty(Type t) {
        return ((Type.Interface) t.underlying()).allMethods().isEmpty();
    }

    /** v of type from (concrete or an interface) as a value of interface type to. */
    Value convert(Value v, Type from, Type to) {
        if (isInterface(from)) {
            if (Predicates.identical(from.underlying(), to.underlying())) return retype(v, to);
            Value data = g.v(IData, Universe.UNSAFE_POINTER, v);
            if (isEmpty(to)) return g.v(IMake, to, typeWord(v, from), data);
            Value tab = g.rtcall("convI2I", g.typeDesc(to), g.v(ITab, Universe.UNSAFE_POINTER, v)).getFirst();
            return g.v(IMake, to, tab, data);
        }
        Value word = isEmpty(to) ? g.typeDesc(from) : itab(from, to);
        Value data;
        if (MethodTables.isDirect(from)) {
            data = g.v(Copy, Universe.UNSAFE_POINTER, v);
        } else {
            data = g.newObject(from);
            g.store(from, data, v);
        }
        return g.v(IMake, to, word, data);
    }

    /** The address of the static itab of concrete type t as interface type i. */
    private Value itab(Type t, Type i) {
        if (MethodTables.namedBase(t) == null) {
            throw new Unsupported(g.pos, "conversion of " + Kinds.str(t) + " (no defined type) to interface " + Kinds.str(i));
        }
        return g.v(Addr, Universe.UNSAFE_POINTER, 0, new Sym.Itab(t, i), g.sb);
    }

    /** The dynamic type's descriptor of interface value v of type t (nil for a nil interface). */
    Value typeWord(Value v, Type t) {
        Value w = g.v(ITab, Universe.UNSAFE_POINTER, v);
        if (isEmpty(t)) return w;
        Value nil = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
        return g.choose(g.v(NeqPtr, Universe.BOOL, w, nil), Universe.UNSAFE_POINTER,
                () -> g.load(Universe.UNSAFE_POINTER, g.v(OffPtr, new Type.Pointer(Universe.UNSAFE_POINTER), ITAB_TYPE, null, w)),
                () -> nil);
    }

    /**
     * The call iv.m(args…): the code from the itab, the data word as receiver. A nil interface
     * faults at the load of fun[k] (address 24+8k, as in gc's report).
     */
    List<Value> call(Value iv, Type it, Obj.Func m, List<Value> args) {
        Value tab = g.v(ITab, Universe.UNSAFE_POINTER, iv);
        Value code = g.load(Universe.UINTPTR, g.v(OffPtr, new Type.Pointer(Universe.UINTPTR), ITAB_FUN + 8L * index(it, m), null, tab));
        List<Value> all = new ArrayList<>();
        all.add(code);
        all.add(g.v(IData, Universe.UNSAFE_POINTER, iv));
        all.addAll(args);
        return g.call(InterLECall, MethodTables.withoutReceiver(m.signature()), null, all);
    }

    private static int index(Type it, Obj.Func m) {
        List<Obj.Func> all = ((Type.Interface) it.underlying()).allMethods();
        for (int k = 0; k < all.size(); k++) if (all.get(k).name().equals(m.name())) return k;
        throw new IllegalStateException("no method " + m.name() + " in " + Kinds.str(it));
    }

    /**
     * x.(to) for x of interface type from. Returns the value, and with commaOk the success as a
     * second value (the value is then to's zero value on failure); without it a failure panics
     * with gc's interface conversion message.
     */
    List<Value> assertion(Value iv, Type from, Type to, boolean commaOk) {
        Value data = g.v(IData, Universe.UNSAFE_POINTER, iv);
        Value nil = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
        if (isInterface(to)) {
            Value typ = typeWord(iv, from);
            Value word;
            Value ok;
            if (isEmpty(to)) {
                word = typ;
                ok = g.v(NeqPtr, Universe.BOOL, typ, nil);
                if (!commaOk) failUnless(ok, () -> g.rtcall("panicnildottype", g.typeDesc(to)));
            } else {
                word = g.rtcall(commaOk ? "assertE2I2" : "assertE2I", g.typeDesc(to), typ).getFirst();
                ok = g.v(NeqPtr, Universe.BOOL, word, nil);
            }
            if (!commaOk) return List.of(g.v(IMake, to, word, data));
            Value d = g.choose(ok, Universe.UNSAFE_POINTER, () -> data, () -> nil);
            return List.of(g.v(IMake, to, word, d), ok);
        }
        Value have = typeWord(iv, from);
        Value ok = g.v(EqPtr, Universe.BOOL, have, g.typeDesc(to));
        if (!commaOk) {
            failUnless(ok, () -> g.rtcall("panicdottype", have, g.typeDesc(to), g.typeDesc(from)));
            return List.of(extract(data, to));
        }
        if (MethodTables.isDirect(to)) {
            return List.of(g.v(Copy, to, g.choose(ok, Universe.UNSAFE_POINTER, () -> data, () -> nil)), ok);
        }
        Value p = g.choose(ok, Universe.UNSAFE_POINTER, () -> data, () -> g.newObject(to));
        return List.of(g.load(to, p), ok);
    }

    /** The value of concrete type t held by an interface whose data word is data. */
    Value extract(Value data, Type t) {
        return MethodTables.isDirect(t) ? g.v(Copy, t, data) : g.load(t, data);
    }

    private void failUnless(Value ok, Runnable fail) {
        Block no = g.newBlock(), yes = g.newBlock();
        g.branch(ok, yes, no, Block.Likely.LIKELY);
        g.startSealed(no);
        fail.run();
        g.exit();
        g.startSealed(yes);
    }

    /**
     * l op r (== or !=) for interface values of type t: the dynamic types first, then the values
     * by the dynamic type's equality (the runtime panics for uncomparable types). Types, not
     * itabs, are compared: an itab built at run time may duplicate a static one.
     */
    Value compare(Token op, Type t, Value l, Value r) {
        Value lt = typeWord(l, t);
        Value rt = typeWord(r, t);
        Value same = g.v(EqPtr, Universe.BOOL, lt, rt);
        Value eq = g.choose(same, Universe.BOOL,
                () -> g.rtcall("efaceeq", lt, g.v(IData, Universe.UNSAFE_POINTER, l), g.v(IData, Universe.UNSAFE_POINTER, r)).getFirst(),
                () -> g.constBool(false));
        return op == Token.EQL ? eq : g.v(Not, Universe.BOOL, eq);
    }

    private Value retype(Value v, Type t) {
        return Predicates.identical(v.type(), t) ? v : g.v(Copy, t, v);
    }
}

package dev.jgo.ssa.expand;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Op;
import dev.jgo.syntax.Pos;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A Go value broken into its register-sized leaves, in memory order — the same order and the
 * same base values as the ABI assignment's parts (string: pointer, length; slice: pointer,
 * length, capacity; interface: type word, data; complex: real, imaginary; structs field by
 * field; arrays of length 1 their element, of length 0 nothing). Splits a value into leaves and
 * joins leaves back into a value with the aggregate's make op.
 */
final class Leaves {
    private Leaves() {}

    /** One base value: its type and its byte offset within the whole value. */
    record Leaf(Type type, long offset) {}

    static final Type BYTE_PTR = new Type.Pointer(Universe.UINT8);

    /** Whether t is a single leaf (no decomposition needed). */
    static boolean scalar(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() != BasicKind.STRING && !b.kind().isComplex();
            case Type.Array a -> false;
            case Type.Struct s -> false;
            case Type.Slice s -> false;
            case Type.Interface i -> false;
            default -> true;
        };
    }

    /** The leaves of an SSA-able type. */
    static List<Leaf> of(Type t) {
        List<Leaf> out = new ArrayList<>();
        collect(t, 0, out);
        return out;
    }

    private static void collect(Type t, long off, List<Leaf> out) {
        if (scalar(t)) {
            out.add(new Leaf(t, off));
            return;
        }
        List<Type> parts = componentTypes(t);
        long[] offsets = componentOffsets(t);
        for (int i = 0; i < parts.size(); i++) collect(parts.get(i), off + offsets[i], out);
    }

    /** The direct components of an aggregate: what its make op takes. */
    static List<Type> componentTypes(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b when b.kind() == BasicKind.STRING -> List.of(BYTE_PTR, Universe.INT);
            case Type.Basic b when b.kind() == BasicKind.COMPLEX64 -> List.of(Universe.FLOAT32, Universe.FLOAT32);
            case Type.Basic b when b.kind() == BasicKind.COMPLEX128 -> List.of(Universe.FLOAT64, Universe.FLOAT64);
            case Type.Slice s -> List.of(new Type.Pointer(s.elem()), Universe.INT, Universe.INT);
            case Type.Interface i -> List.of(BYTE_PTR, Universe.UNSAFE_POINTER);
            case Type.Struct s -> s.fields().stream().map(Obj::type).toList();
            case Type.Array a -> a.len() == 0 ? List.of() : List.of(a.elem());
            default -> throw new IllegalArgumentException("not an aggregate: " + t);
        };
    }

    private static long[] componentOffsets(Type t) {
        return switch (t.underlying()) {
            case Type.Struct s -> Sizes.offsetsof(s);
            case Type.Array a -> new long[a.len() == 0 ? 0 : 1];
            default -> {
                List<Type> parts = componentTypes(t);
                long size = Sizes.sizeof(parts.getFirst());
                long[] offs = new long[parts.size()];
                for (int i = 0; i < offs.length; i++) offs[i] = i * size;
                yield offs;
            }
        };
    }

    /** The op that builds an aggregate of type t from its components. */
    static Op makeOp(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b when b.kind() == BasicKind.STRING -> StringMake;
            case Type.Basic b -> ComplexMake;
            case Type.Slice s -> SliceMake;
            case Type.Interface i -> IMake;
            case Type.Struct s -> StructMake;
            default -> ArrayMake;
        };
    }

    /** The op (and auxInt) that selects component i of an aggregate of type t. */
    static Value select(Block b, Pos pos, Value v, int i, Type part) {
        Type t = v.type();
        if (v.op() == makeOp(t)) return v.arg(i);
        GenericOp op = switch (t.underlying()) {
            case Type.Basic bt when bt.kind() == BasicKind.STRING -> i == 0 ? StringPtr : StringLen;
            case Type.Basic bt -> i == 0 ? ComplexReal : ComplexImag;
            case Type.Slice s -> i == 0 ? SlicePtr : i == 1 ? SliceLen : SliceCap;
            case Type.Interface it -> i == 0 ? ITab : IData;
            case Type.Struct s -> StructSelect;
            default -> ArraySelect;
        };
        long auxInt = op == StructSelect ? i : 0;
        return b.newValue(pos, op, part, auxInt, null, v);
    }

    /**
     * The leaves of v (of an SSA-able type), new values placed in block b: a load becomes one
     * load per leaf, a make gives its arguments, anything else is picked apart by selectors.
     */
    static List<Value> split(Block b, Pos pos, Value v) {
        List<Value> out = new ArrayList<>();
        v = skipCopies(v);
        if (v.op() == Load && !scalar(v.type())) {
            Value ptr = v.arg(0), mem = v.arg(1);
            for (Leaf l : of(v.type())) {
                Value p = offPtr(b, pos, l.type(), l.offset(), ptr);
                out.add(b.newValue(pos, Load, l.type(), p, mem));
            }
            return out;
        }
        splitInto(b, pos, v, out);
        return out;
    }

    private static void splitInto(Block b, Pos pos, Value v, List<Value> out) {
        v = skipCopies(v);
        if (scalar(v.type())) {
            out.add(v);
            return;
        }
        List<Type> parts = componentTypes(v.type());
        for (int i = 0; i < parts.size(); i++) splitInto(b, pos, select(b, pos, v, i, parts.get(i)), out);
    }

    /** Builds a value of type t from its leaves; into, when given, becomes that value in place. */
    static Value join(Block b, Pos pos, Type t, Iterator<Value> leaves, Value into) {
        if (scalar(t)) {
            Value leaf = leaves.next();
            if (into != null) into.copyOf(leaf);
            return leaf;
        }
        List<Value> comps = new ArrayList<>();
        for (Type part : componentTypes(t)) comps.add(join(b, pos, part, leaves, null));
        Value[] args = comps.toArray(new Value[0]);
        if (into == null) return b.newValue(pos, makeOp(t), t, args);
        into.reset(makeOp(t));
        into.addArgs(args);
        return into;
    }

    /**
     * The component a selector picks out of a make (StringPtr of StringMake, StructSelect of
     * StructMake, …), or null when sel is no selector or its argument no make of the same type.
     */
    static Value selectedComponent(Value sel) {
        int i = componentIndex(sel);
        if (i < 0) return null;
        Value agg = skipCopies(sel.arg(0));
        return agg.op() == makeOp(agg.type()) && i < agg.argCount() ? agg.arg(i) : null;
    }

    /**
     * A selector of an aggregate load as a load of the component (gc's decomposition of
     * {@code SliceLen (Load p)}), placed in the selector's block; null when sel is no such thing.
     */
    static Value loadedComponent(Value sel) {
        int i = componentIndex(sel);
        if (i < 0) return null;
        Value agg = skipCopies(sel.arg(0));
        if (agg.op() != Load) return null;
        Block b = sel.block();
        Value p = offPtr(b, sel.pos(), sel.type(), componentOffsets(agg.type())[i], agg.arg(0));
        return b.newValue(sel.pos(), Load, sel.type(), p, agg.arg(1));
    }

    /** Which component of its (aggregate) argument a selector picks, or -1. */
    private static int componentIndex(Value sel) {
        if (sel.argCount() != 1 || !(sel.op() instanceof GenericOp op) || scalar(skipCopies(sel.arg(0)).type())) return -1;
        return switch (op) {
            case StringPtr, SlicePtr, ITab, ComplexReal -> 0;
            case StringLen, SliceLen, IData, ComplexImag -> 1;
            case SliceCap -> 2;
            case StructSelect -> (int) sel.auxInt();
            case ArraySelect -> 0;
            default -> -1;
        };
    }

    /**
     * The component a selector picks out of a constant aggregate: the length of a constant string,
     * the zero words of a nil slice or interface; null otherwise (a constant string's pointer
     * needs its data symbol, which the object layer provides).
     */
    static Value constantComponent(Func f, Value sel) {
        if (sel.argCount() != 1 || !(sel.op() instanceof GenericOp op)) return null;
        Value agg = skipCopies(sel.arg(0));
        boolean selector = switch (op) {
            case StringLen, SlicePtr, SliceLen, SliceCap, ITab, IData -> true;
            default -> false;
        };
        if (!selector) return null;
        if (agg.op() == ConstString && op == StringLen) {
            return f.constInt(sel.pos(), sel.type(), ((String) agg.aux()).length());
        }
        if (agg.op() != ConstSlice && agg.op() != ConstInterface) return null;
        return scalarInt(sel.type()) ? f.constInt(sel.pos(), sel.type(), 0) : f.constant(sel.pos(), ConstNil, sel.type(), 0);
    }

    private static boolean scalarInt(Type t) {
        return t.underlying() instanceof Type.Basic b && b.kind().isInteger();
    }

    static Value offPtr(Block b, Pos pos, Type elem, long off, Value base) {
        return b.newValue(pos, OffPtr, new Type.Pointer(elem), off, null, base);
    }

    static Value skipCopies(Value v) {
        while (v.op() == Copy) v = v.arg(0);
        return v;
    }
}

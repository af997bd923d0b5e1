package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.Op;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one function being built: its blocks, the current block, and the variables of
 * Braun et al.'s on-the-fly SSA construction. A variable is any key object: a local Obj.Var
 * kept in SSA, the memory state ({@link #MEM}), or a temporary made by the lowering of one
 * construct (e.g. the result of {@code &&}). Reading a variable in a block that does not define
 * it asks the predecessors; in a block whose predecessors are not all known yet (not sealed) the
 * read places an incomplete phi that sealing completes; phis that merge only one value become
 * copies of it.
 */
final class FuncGen {
    /** The memory state, threaded through Braun's algorithm like any other variable. */
    static final Object MEM = new Object() {
        @Override
        public String toString() {
            return "mem";
        }
    };

    final SsaGen pkg;
    final Info info;
    final Func f;
    /** The block being filled; null after a jump, return or panic, until a label starts one. */
    Block cur;
    /** The position of the construct being lowered: every new value gets it. */
    Pos pos = Pos.NONE;
    final Value sp;
    private final Value initMem;
    final Value sb;
    /** Locals that live in memory: addressed ones on the heap, big ones in the frame. */
    final Set<Obj.Var> heapVars = new HashSet<>();
    final Set<Obj.Var> frameVars = new HashSet<>();
    /** The function's defer statements and returns, when it has defer statements (else null). */
    Defers defers;
    private int temps;
    private int closures;

    private final Map<Block, Map<Object, Value>> defs = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    private final Map<Block, Map<Object, Value>> incomplete = new HashMap<>();

    FuncGen(SsaGen pkg, String name, Type.Signature sig, Pos pos) {
        this.pkg = pkg;
        this.pos = pos;
        this.info = pkg.info;
        this.f = new Func(name, sig);
        cur = f.newBlock(GenericBlockKind.Plain);
        sealed.add(cur);
        initMem = cur.newValue(pos, InitMem, SsaTypes.MEM);
        write(MEM, initMem);
        sp = cur.newValue(pos, SP, Universe.UINTPTR);
        sb = cur.newValue(pos, SB, Universe.UINTPTR);
    }

    // ---- blocks

    Block newBlock() {
        return f.newBlock(GenericBlockKind.Plain);
    }

    /** Ends the current block with a jump to b (nothing when the current point is unreachable). */
    void jump(Block b) {
        if (cur != null) cur.addEdgeTo(b);
        cur = null;
    }

    /** Ends the current block with a two-way branch on c. */
    void branch(Value c, Block yes, Block no, Block.Likely likely) {
        cur.reset(GenericBlockKind.If);
        cur.setControl(c);
        cur.setLikely(likely);
        cur.addEdgeTo(yes);
        cur.addEdgeTo(no);
        cur = null;
    }

    /** Makes b current. It must be sealed by then or later, once its predecessors are known. */
    void start(Block b) {
        cur = b;
    }

    /** Starts b whose predecessors are all known. */
    void startSealed(Block b) {
        seal(b);
        cur = b;
    }

    /** Declares that b has all its predecessors: its incomplete phis get their arguments. */
    void seal(Block b) {
        if (!sealed.add(b)) return;
        Map<Object, Value> phis = incomplete.remove(b);
        if (phis == null) return;
        phis.forEach((var, phi) -> addPhiOperands(var, phi));
    }

    // ---- Braun et al.'s variables

    void write(Object var, Value v) {
        defs.computeIfAbsent(cur, b -> new HashMap<>()).put(var, v);
    }

    Value read(Object var, Type t) {
        return readIn(var, t, cur);
    }

    private Value readIn(Object var, Type t, Block b) {
        Map<Object, Value> m = defs.get(b);
        if (m != null && m.containsKey(var)) return m.get(var);
        Value v;
        if (!sealed.contains(b)) {
            v = b.newValue(pos, Phi, t);
            incomplete.computeIfAbsent(b, x -> new LinkedHashMap<>()).put(var, v);
        } else if (b.preds().size() == 1) {
            v = readIn(var, t, b.pred(0));
        } else if (b.preds().isEmpty()) {
            // the entry (a variable read before any write: Go's zero value) or a dead block
            v = var == MEM ? initMem : zero(t);
        } else {
            Value phi = b.newValue(pos, Phi, t);
            defs.computeIfAbsent(b, x -> new HashMap<>()).put(var, phi);
            v = addPhiOperands(var, phi);
        }
        defs.computeIfAbsent(b, x -> new HashMap<>()).put(var, v);
        return v;
    }

    private Value addPhiOperands(Object var, Value phi) {
        for (Block.Edge e : phi.block().preds()) phi.addArg(readIn(var, phi.type(), e.b()));
        return removeIfTrivial(phi);
    }

    /** A phi merging one value (besides itself) is that value: it becomes a copy of it. */
    private static Value removeIfTrivial(Value phi) {
        Value same = null;
        for (Value a : phi.args()) {
            a = skipCopies(a);
            if (a == same || a == phi) continue;
            if (same != null) return phi;
            same = a;
        }
        // In dead code (a label only reached from itself) the value may depend on the phi
        // within its own block; a copy would make a cycle. Keep the phi there.
        if (same == null || same.block() == phi.block() && same.op() != Phi) return phi;
        phi.copyOf(same);
        return same;
    }

    private static Value skipCopies(Value v) {
        while (v.op() == Copy) v = v.arg(0);
        return v;
    }

    /**
     * Seals what is left (label blocks), cuts the edges out of blocks that cannot run (code
     * after a return reached only through its own labels), so that they are plain dead ends
     * for dead code removal, and removes phis made trivial by later removals.
     */
    void finish() {
        for (Block b : f.blocks()) seal(b);
        Set<Block> live = new HashSet<>();
        List<Block> work = new ArrayList<>(List.of(f.entry()));
        while (!work.isEmpty()) {
            Block b = work.removeLast();
            if (live.add(b)) for (Block.Edge e : b.succs()) work.add(e.b());
        }
        for (Block b : f.blocks()) {
            if (live.contains(b)) continue;
            while (!b.succs().isEmpty()) b.removeEdge(0);
            b.reset(GenericBlockKind.Exit);
            b.setControl(initMem);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Value v : List.copyOf(b.values())) {
                    if (v.op() == Phi && removeIfTrivial(v) != v) changed = true;
                }
            }
        }
    }

    // ---- values

    Value v(Op op, Type t, Value... args) {
        return cur.newValue(pos, op, t, args);
    }

    Value v(Op op, Type t, long auxInt, Object aux, Value... args) {
        return cur.newValue(pos, op, t, auxInt, aux, args);
    }

    Value mem() {
        return read(MEM, SsaTypes.MEM);
    }

    void setMem(Value m) {
        write(MEM, m);
    }

    Value constInt(Type t, long c) {
        return f.constInt(pos, t, c);
    }

    Value intConst(long c) {
        return constInt(Universe.INT, c);
    }

    Value constBool(boolean c) {
        return f.constBool(pos, Universe.BOOL, c);
    }

    /** The zero value of an SSA-able type. */
    Value zero(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            var k = b.kind();
            if (k.isBoolean()) return f.constBool(pos, t, false);
            if (k.isInteger()) return f.constInt(pos, t, 0);
            if (k.isFloat()) return floatConst(t, 0);
            if (k.isComplex()) {
                Type part = Sizes.sizeof(t) == 8 ? Universe.FLOAT32 : Universe.FLOAT64;
                return v(ComplexMake, t, zero(part), zero(part));
            }
            if (k.isString()) return constString(t, "");
        }
        if (u instanceof Type.Slice) return f.constant(pos, ConstSlice, t, 0);
        if (u instanceof Type.Interface) return f.constant(pos, ConstInterface, t, 0);
        return f.constant(pos, ConstNil, t, 0);
    }

    /** The float constant d of type t (float32 constants are rounded to float first). */
    Value floatConst(Type t, double d) {
        if (Sizes.sizeof(t) == 4) return f.constant(pos, Const32F, t, Double.doubleToRawLongBits((float) d));
        return f.constant(pos, Const64F, t, Double.doubleToRawLongBits(d));
    }

    Value constString(Type t, String bytes) {
        return f.entry().newValue(pos, ConstString, t, 0, bytes);
    }

    /** The number of the next function literal in this function (func1, func2, …). */
    int nextClosure() {
        return ++closures;
    }

    /** A new frame temporary of type t (gc's autotmp). */
    Sym.Temp temp(Type t) {
        return new Sym.Temp(temps++, t);
    }

    /**
     * The address of a frame temporary holding v (of type t). A value that already is a load of
     * a temporary at the current memory needs no new copy: its temporary is returned.
     */
    Value spill(Value v, Type t) {
        if (v.op() == Load && v.arg(1) == mem() && inTemp(v.arg(0))) return v.arg(0);
        Sym.Temp tmp = temp(t);
        setMem(v(VarDef, SsaTypes.MEM, 0, tmp, mem()));
        store(t, localAddr(tmp, t), v);
        return localAddr(tmp, t);
    }

    /**
     * v (of type t) as a value that later stores cannot change. A value of a type that is never
     * an SSA value ({@link SsaTypes#ssaAble}) is a load that late call expansion turns into a
     * move from memory where it is stored, so it must still hold the value then: such a value is
     * copied into a new temporary unless it already is a load of one (temporaries are written
     * once, where they are made). gc's order pass makes the same copies.
     */
    Value stable(Value v, Type t) {
        if (SsaTypes.ssaAble(t) || v.op() == Load && inTemp(v.arg(0))) return v;
        return load(t, spill(v, t));
    }

    /** Whether p points into a frame temporary. */
    private static boolean inTemp(Value p) {
        while (p.op() == OffPtr) p = p.arg(0);
        return p.op() == LocalAddr && p.aux() instanceof Sym.Temp;
    }

    /** The address of a frame slot, as of the current memory. */
    Value localAddr(Object slot, Type t) {
        return v(LocalAddr, new Type.Pointer(t), 0, slot, sp, mem());
    }

    Value load(Type t, Value ptr) {
        return v(Load, t, ptr, mem());
    }

    void store(Type t, Value ptr, Value val) {
        setMem(v(Store, SsaTypes.MEM, 0, t, ptr, val, mem()));
    }

    void move(Type t, Value dst, Value src) {
        setMem(v(Move, SsaTypes.MEM, Sizes.sizeof(t), t, dst, src, mem()));
    }

    void zeroMem(Type t, Value dst) {
        setMem(v(Zero, SsaTypes.MEM, Sizes.sizeof(t), t, dst, mem()));
    }

    void nilCheck(Value ptr) {
        v(NilCheck, SsaTypes.VOID, ptr, mem());
    }

    /** cond ? yes() : no(), built with a branch and a phi (the arms run in their own blocks). */
    Value choose(Value cond, Type t, java.util.function.Supplier<Value> yes, java.util.function.Supplier<Value> no) {
        Object result = new Object();
        Block a = newBlock(), b = newBlock(), join = newBlock();
        branch(cond, a, b, Block.Likely.UNKNOWN);
        startSealed(a);
        write(result, yes.get());
        jump(join);
        startSealed(b);
        write(result, no.get());
        jump(join);
        startSealed(join);
        return read(result, t);
    }

    // ---- calls

    /**
     * A static call of fn (its type is the signature) with whole Go values; returns the results
     * (the memory is updated).
     */
    List<Value> call(Sym.Global fn, List<Value> args) {
        return call(StaticLECall, (Type.Signature) fn.type(), fn, args);
    }

    /** A call of the closure fv (a func value): its code pointer, the closure as context, the arguments. */
    List<Value> closureCall(Type.Signature sig, Value fv, List<Value> args) {
        nilCheck(fv);
        List<Value> all = new ArrayList<>();
        all.add(load(Universe.UINTPTR, fv));
        all.add(fv);
        all.addAll(args);
        return call(ClosureLECall, sig, null, all);
    }

    List<Value> call(Op op, Type.Signature sig, Sym.Global fn, List<Value> args) {
        Value[] all = new Value[args.size() + 1];
        args.toArray(all);
        all[args.size()] = mem();
        Value c = v(op, sig.results(), 0, new CallAux(fn, sig, null), all);
        int n = sig.results().size();
        setMem(v(SelectN, SsaTypes.MEM, n, null, c));
        List<Value> results = new ArrayList<>();
        // a result in memory is copied out before a later call reuses the outgoing area
        for (int i = 0; i < n; i++) {
            Type t = sig.results().at(i);
            results.add(stable(v(SelectN, t, i, null, c), t));
        }
        return results;
    }

    /** A call of runtime function name; returns its results. */
    List<Value> rtcall(String name, Value... args) {
        return call(Runtime.func(name), List.of(args));
    }

    /** runtime.newobject(type of t): a zeroed heap object, as an unsafe.Pointer. */
    Value newObject(Type t) {
        return rtcall("newobject", typeDesc(t)).getFirst();
    }

    /** The address of t's type descriptor. */
    Value typeDesc(Type t) {
        return v(Addr, new Type.Pointer(Runtime.type("_type")), 0, new Sym.TypeDesc(t), sb);
    }

    /** Continues only when ok holds; otherwise calls the runtime function that panics with args. */
    void check(Value ok, String panicFunc, Value... args) {
        Block fail = newBlock();
        Block cont = newBlock();
        branch(ok, cont, fail, Block.Likely.LIKELY);
        startSealed(fail);
        rtcall(panicFunc, args);
        exit();
        startSealed(cont);
    }

    /** Continues when ok holds, otherwise a PanicBounds of kind for index idx and length len. */
    void boundsCheck(Value ok, BoundsKind kind, Value idx, Value len) {
        Block fail = newBlock();
        Block cont = newBlock();
        branch(ok, cont, fail, Block.Likely.LIKELY);
        startSealed(fail);
        setMem(v(PanicBounds, SsaTypes.MEM, kind.ordinal(), null, idx, len, mem()));
        exit();
        startSealed(cont);
    }

    /** Ends the current block as a panic: an Exit block with the memory as control. */
    void exit() {
        cur.reset(GenericBlockKind.Exit);
        cur.setControl(mem());
        cur = null;
    }
}

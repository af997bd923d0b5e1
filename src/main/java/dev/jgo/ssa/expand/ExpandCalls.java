package dev.jgo.ssa.expand;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Assignment;
import dev.jgo.abi.Register;
import dev.jgo.abi.Signature;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.ParamSlot;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Op;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.ssa.expand.Leaves.Leaf;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Late call expansion: the one pass that knows where arguments travel. Before it, function entry
 * ({@code Arg}), calls ({@code StaticLECall}, {@code ClosureLECall}, {@code InterLECall} with
 * {@code SelectN}) and returns ({@code MakeResult}) carry whole Go values; after it, every value
 * that crosses a call boundary is register-sized and placed as the ABI assignment says:
 * {@code ArgIntReg}/{@code ArgFloatReg} and stack {@code Arg}s at entry, register arguments and
 * stores to the outgoing area at calls, {@code CallResult}s and loads after them, register
 * results and stores to the incoming area at returns — the shapes docs/backend.md reads.
 * Aggregates are rebuilt from their leaves with make ops where Go code uses them whole, and
 * stores of aggregates become stores of leaves (or a memory move for arrays).
 */
public final class ExpandCalls {
    private final Func f;
    private final ExpandConfig cfg;
    private final Assignment own;
    private final Type.Signature sig;
    private final Map<Value, List<Value>> selects = new IdentityHashMap<>();
    private final Set<Value> expanded = new HashSet<>();
    private final Map<String, Value> entryArgs = new HashMap<>();
    private Value sp, callerSp, initMem;

    private ExpandCalls(Func f, Type.Signature sig, ExpandConfig cfg) {
        this.f = f;
        this.sig = sig;
        this.cfg = cfg;
        this.own = cfg.assigner(cfg.functionAbi()).assign(cfg.adapter().signature(sig));
    }

    /**
     * Expands f, whose Go signature is sig (f.type() when ssagen built it), and returns its own
     * assignment (which the back end's FuncShape is made from).
     */
    public static Expanded run(Func f, Type.Signature sig, ExpandConfig cfg) {
        ExpandCalls x = new ExpandCalls(f, sig, cfg);
        x.expand();
        boolean closure = f.blocks().stream().flatMap(b -> b.values().stream()).anyMatch(v -> v.op() == GetClosurePtr);
        return new Expanded(x.own, closure);
    }

    /** Expands an ssagen function: its signature is its type. */
    public static Expanded run(Func f, ExpandConfig cfg) {
        return run(f, (Type.Signature) f.type(), cfg);
    }

    private void expand() {
        List<Value> before = new ArrayList<>();
        for (Block b : f.blocks()) before.addAll(b.values());
        for (Value v : before) {
            if ((v.op() == SelectN || v.op() == SelectNAddr) && isLateCall(v.arg(0))) selects.computeIfAbsent(v.arg(0), k -> new ArrayList<>()).add(v);
        }
        for (Value v : before) if (v.op() == Arg && v.aux() instanceof Obj.Var) entryArg(v);
        for (Value v : before) if (isLateCall(v)) call(v);
        for (Block b : f.blocks()) {
            if (b.kind() == GenericBlockKind.Ret && !b.controls().isEmpty() && b.control(0).op() == MakeResult) result(b.control(0));
        }
        List<Value> after = new ArrayList<>();
        for (Block b : f.blocks()) after.addAll(b.values());
        for (Value v : after) if (v.op() == Store && !Leaves.scalar((Type) v.aux())) aggregateStore(v);
        foldSelectors();
    }

    /**
     * Entry arguments and call results are makes of their leaves now; code that picked them apart
     * (the string length of a parameter, a field of a result) uses the leaf directly. Selectors
     * of constants the pass split (a nil slice argument, a constant string's length) become
     * constants, and selectors of aggregate loads load the component.
     */
    private void foldSelectors() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Value v : List.copyOf(b.values())) {
                    Value c = Leaves.selectedComponent(v);
                    if (c == null) c = Leaves.constantComponent(f, v);
                    if (c == null) c = Leaves.loadedComponent(v);
                    if (c != null) {
                        v.copyOf(c);
                        changed = true;
                    }
                }
            }
        }
    }

    private static boolean isLateCall(Value v) {
        return v.op() == StaticLECall || v.op() == ClosureLECall || v.op() == InterLECall;
    }

    // ---- function entry ----

    private void entryArg(Value v) {
        int index = inputIndex((Obj.Var) v.aux());
        Assignment.Item item = own.params().get(index);
        Type t = v.type();
        long base = v.auxInt();
        switch (item.location()) {
            case Assignment.InRegisters r -> {
                Map<Long, Assignment.Part> parts = partsByOffset(r);
                long spill = r.spillOffset().orElseThrow();
                List<Value> leaves = new ArrayList<>();
                for (Leaf l : Leaves.of(t)) {
                    Assignment.Part p = parts.get(base + l.offset());
                    if (p == null) throw new IllegalStateException("no register part of " + item.name() + " at offset " + (base + l.offset()));
                    ParamSlot slot = new ParamSlot(item.name(), spill + p.offset(), (int) Sizes.sizeof(l.type()));
                    leaves.add(entryValue(v.pos(), argRegOp(p.register()), l.type(), p.register().index(), slot));
                }
                Leaves.join(v.block(), v.pos(), t, leaves.iterator(), v);
            }
            case Assignment.OnStack s when SsaTypes.ssaAble(t) -> {
                List<Value> leaves = new ArrayList<>();
                for (Leaf l : Leaves.of(t)) {
                    long off = s.offset() + base + l.offset();
                    leaves.add(entryValue(v.pos(), Arg, l.type(), 0, new ParamSlot(item.name(), off, (int) Sizes.sizeof(l.type()))));
                }
                Leaves.join(v.block(), v.pos(), t, leaves.iterator(), v);
            }
            case Assignment.OnStack s -> {
                // an array travels in memory: the value is a load of its slot, whose users copy it
                Value addr = Leaves.offPtr(f.entry(), v.pos(), t, s.offset() + base, callerSp(v.pos()));
                v.reset(Load);
                v.addArgs(addr, initMem());
            }
        }
    }

    private int inputIndex(Obj.Var param) {
        List<Obj.Var> inputs = new ArrayList<>();
        if (sig.recv() != null) inputs.add(sig.recv());
        inputs.addAll(sig.params().vars());
        for (int i = 0; i < inputs.size(); i++) if (inputs.get(i) == param) return i;
        throw new IllegalStateException("Arg of " + param + " is not a parameter of " + f.name());
    }

    /** One entry value per register or stack slot piece, however many Args read it. */
    private Value entryValue(Pos pos, Op op, Type t, long auxInt, ParamSlot slot) {
        String key = op + "/" + slot.name() + "/" + slot.offset();
        return entryArgs.computeIfAbsent(key, k -> f.entry().newValue(pos, op, t, auxInt, slot));
    }

    private static Amd64Op argRegOp(Register r) {
        return r.regClass() == Register.RegClass.FLOAT ? Amd64Op.ArgFloatReg : Amd64Op.ArgIntReg;
    }

    private static Map<Long, Assignment.Part> partsByOffset(Assignment.InRegisters r) {
        Map<Long, Assignment.Part> m = new HashMap<>();
        for (Assignment.Part p : r.parts()) m.put(p.offset(), p);
        return m;
    }

    // ---- calls ----

    private void call(Value v) {
        if (!expanded.add(v)) return;
        CallAux aux = (CallAux) v.aux();
        int fixed = v.op() == ClosureLECall ? 2 : v.op() == InterLECall ? 1 : 0;
        Block b = v.block();
        Pos pos = v.pos();
        List<Value> args = new ArrayList<>(v.args());
        Value mem = args.removeLast();
        List<Value> code = new ArrayList<>(args.subList(0, fixed));
        List<Value> values = args.subList(fixed, args.size());

        ExpandConfig.Callee callee = cfg.callee(aux.fn());
        Assignment a = cfg.assigner(callee.abi()).assign(callSignature(v, aux.sig()));
        if (a.params().size() != values.size()) {
            throw new IllegalStateException(v + " passes " + values.size() + " values for " + a.params().size() + " inputs");
        }
        List<Value> regArgs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value x = prepared(values.get(i));
            switch (a.params().get(i).location()) {
                case Assignment.InRegisters r -> regArgs.addAll(registerLeaves(b, pos, x, r));
                case Assignment.OnStack s -> mem = storeWhole(b, pos, x, s.offset(), sp(), mem);
            }
        }
        GenericOp op = v.op() == StaticLECall ? StaticCall : v.op() == ClosureLECall ? ClosureCall : InterCall;
        v.reset(op);
        v.setType(Type.Tuple.EMPTY);
        v.setAux(new CallAux(aux.fn(), aux.sig(), AbiShapes.call(callee.target(), a)));
        v.setAuxInt(a.argSize());
        v.addArgs(code.toArray(new Value[0]));
        v.addArgs(regArgs.toArray(new Value[0]));
        v.addArg(mem);
        callResults(v, a);
    }

    /**
     * The ABI signature of a late call. An interface call passes, before the method's parameters,
     * the interface's data word (the code pointer was already taken from the itab) as receiver,
     * whatever receiver the method's signature names.
     */
    private Signature callSignature(Value v, Type.Signature gsig) {
        Signature s = cfg.adapter().signature(gsig);
        if (v.op() != InterLECall) return s;
        return Signature.method(new Signature.Param(null, AbiType.Basic.UNSAFE_POINTER), s.params(), s.results());
    }

    /** The memory SelectN of call c (index 0 once the call's tuple is empty), made when missing. */
    private void callResults(Value c, Assignment a) {
        List<Value> sels = selects.getOrDefault(c, List.of());
        Value memSel = null;
        int nres = a.results().size();
        for (Value s : sels) {
            if (s.op() == SelectN && s.auxInt() == nres) {
                s.setAuxInt(0);
                memSel = s;
            }
        }
        List<Integer> firstReg = new ArrayList<>();
        int regs = 0;
        for (Assignment.Item item : a.results()) {
            firstReg.add(regs);
            if (item.location() instanceof Assignment.InRegisters r) regs += r.parts().size();
        }
        Block b = c.block();
        for (Value s : sels) {
            if (SsaTypes.isMemory(s.type())) continue;
            int k = (int) s.auxInt();
            if (s.op() == SelectNAddr) {
                resultAddress(s, a.results().get(k));
                continue;
            }
            Type t = s.type();
            switch (a.results().get(k).location()) {
                case Assignment.InRegisters r -> {
                    List<Value> leaves = new ArrayList<>();
                    List<Leaf> ls = Leaves.of(t);
                    for (int j = 0; j < ls.size(); j++) {
                        leaves.add(b.newValue(s.pos(), Amd64Op.CallResult, ls.get(j).type(), firstReg.get(k) + j, null, c));
                    }
                    Leaves.join(b, s.pos(), t, leaves.iterator(), s);
                }
                case Assignment.OnStack st -> {
                    if (memSel == null) memSel = b.newValue(c.pos(), SelectN, SsaTypes.MEM, 0, null, c);
                    loadWhole(b, s, st.offset(), sp(), memSel);
                }
            }
        }
    }

    /** The address of a stack result (a result too big to be an SSA value) in the outgoing area. */
    private void resultAddress(Value s, Assignment.Item item) {
        if (!(item.location() instanceof Assignment.OnStack st)) {
            throw new IllegalStateException(s + " takes the address of " + item.name() + ", which is in registers");
        }
        s.reset(OffPtr);
        s.setAuxInt(st.offset());
        s.addArg(sp());
    }

    // ---- returns ----

    private void result(Value m) {
        Block b = m.block();
        List<Value> args = new ArrayList<>(m.args());
        Value mem = args.removeLast();
        List<Value> regs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value x = prepared(args.get(i));
            switch (own.results().get(i).location()) {
                case Assignment.InRegisters r -> regs.addAll(registerLeaves(b, m.pos(), x, r));
                case Assignment.OnStack s -> mem = storeWhole(b, m.pos(), x, s.offset(), callerSp(m.pos()), mem);
            }
        }
        m.reset(MakeResult);
        m.setType(Type.Tuple.EMPTY);
        m.addArgs(regs.toArray(new Value[0]));
        m.addArg(mem);
    }

    // ---- moving whole values ----

    /** x with the call that produces it already expanded, so it is split from its new form. */
    private Value prepared(Value x) {
        Value y = Leaves.skipCopies(x);
        if (y.op() == SelectN && isLateCall(y.arg(0))) call(y.arg(0));
        return x;
    }

    private static List<Value> registerLeaves(Block b, Pos pos, Value x, Assignment.InRegisters r) {
        List<Value> leaves = Leaves.split(b, pos, x);
        if (leaves.size() != r.parts().size()) {
            throw new IllegalStateException(x + " has " + leaves.size() + " leaves for " + r.parts().size() + " registers");
        }
        return leaves;
    }

    /** Stores x at off(base), leaf by leaf (arrays: one move); returns the new memory. */
    private static Value storeWhole(Block b, Pos pos, Value x, long off, Value base, Value mem) {
        Type t = x.type();
        if (!SsaTypes.ssaAble(t)) {
            Value dst = Leaves.offPtr(b, pos, t, off, base);
            return b.newValue(pos, Move, SsaTypes.MEM, Sizes.sizeof(t), t, dst, addressOf(x), mem);
        }
        List<Leaf> ls = Leaves.of(t);
        List<Value> leaves = Leaves.split(b, pos, x);
        for (int i = 0; i < ls.size(); i++) {
            Leaf l = ls.get(i);
            Value dst = Leaves.offPtr(b, pos, l.type(), off + l.offset(), base);
            mem = b.newValue(pos, Store, SsaTypes.MEM, 0, l.type(), dst, leaves.get(i), mem);
        }
        return mem;
    }

    /** v becomes the value at off(base) in memory mem: loaded leaf by leaf, or one load of an array. */
    private static void loadWhole(Block b, Value v, long off, Value base, Value mem) {
        Type t = v.type();
        if (!SsaTypes.ssaAble(t)) {
            Value addr = Leaves.offPtr(b, v.pos(), t, off, base);
            v.reset(Load);
            v.addArgs(addr, mem);
            return;
        }
        List<Value> leaves = new ArrayList<>();
        for (Leaf l : Leaves.of(t)) {
            Value addr = Leaves.offPtr(b, v.pos(), l.type(), off + l.offset(), base);
            leaves.add(b.newValue(v.pos(), Load, l.type(), addr, mem));
        }
        Leaves.join(b, v.pos(), t, leaves.iterator(), v);
    }

    /** Where a value that is never in registers (an array) lives: it is always a load. */
    private static Value addressOf(Value x) {
        Value y = Leaves.skipCopies(x);
        if (y.op() != Load) throw new IllegalStateException("no address for " + y.longString());
        return y.arg(0);
    }

    /**
     * A store of an aggregate: a load copied (or an array) becomes a Move, anything else a store per
     * leaf; the original store stays the last one, so its users need no visit.
     */
    private static void aggregateStore(Value st) {
        Type t = (Type) st.aux();
        Value dst = st.arg(0), x = Leaves.skipCopies(st.arg(1)), mem = st.arg(2);
        Block b = st.block();
        Pos pos = st.pos();
        boolean copy = x.op() == Load && x.arg(1) == mem;
        if (!SsaTypes.ssaAble(t) || copy) {
            Value src = addressOf(x);
            st.reset(Move);
            st.setAux(t);
            st.setAuxInt(Sizes.sizeof(t));
            st.addArgs(dst, src, mem);
            return;
        }
        List<Leaf> ls = Leaves.of(t);
        List<Value> leaves = Leaves.split(b, pos, x);
        if (ls.isEmpty()) {
            st.copyOf(mem);
            return;
        }
        for (int i = 0; i < ls.size() - 1; i++) {
            Leaf l = ls.get(i);
            mem = b.newValue(pos, Store, SsaTypes.MEM, 0, l.type(), Leaves.offPtr(b, pos, l.type(), l.offset(), dst), leaves.get(i), mem);
        }
        Leaf last = ls.getLast();
        Value p = Leaves.offPtr(b, pos, last.type(), last.offset(), dst);
        Value lv = leaves.getLast();
        st.reset(Store);
        st.setAux(last.type());
        st.addArgs(p, lv, mem);
    }

    // ---- values in the entry block ----

    private Value sp() {
        if (sp == null) {
            sp = f.entry().values().stream().filter(v -> v.op() == SP).findFirst()
                    .orElseGet(() -> f.entry().newValue(Pos.NONE, SP, Universe.UINTPTR));
        }
        return sp;
    }

    private Value callerSp(Pos pos) {
        if (callerSp == null) callerSp = f.entry().newValue(pos, GetCallerSP, Universe.UINTPTR);
        return callerSp;
    }

    private Value initMem() {
        if (initMem == null) {
            initMem = f.entry().values().stream().filter(v -> v.op() == InitMem).findFirst()
                    .orElseThrow(() -> new IllegalStateException(f.name() + " has no InitMem"));
        }
        return initMem;
    }

    /** What expansion learned about the function: its assignment, and whether it is a closure. */
    public record Expanded(Assignment assignment, boolean closure) {
        /** The back end's view of the function (register parameters with their spill slots). */
        public FuncShape shape(String symbol, boolean nosplit) {
            return AbiShapes.function(symbol, assignment, closure, nosplit);
        }
    }
}

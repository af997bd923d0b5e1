package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.ParamSlot;
import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.BlockOrder;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays an allocation symbolically, tracking what every register and slot holds on every path,
 * and fails on the first step that would compute a wrong value: every instruction must find each
 * input in an allowed register holding that very value (so no two values live at once share a
 * register), a load must read a slot that holds its value on every path to it, a call or
 * clobbering instruction leaves nothing behind in the registers it destroys, SP, BP, R14 and X15
 * are never written, R13 (the emitter's scratch) only carries the allocator's copies from one
 * step to the next, and at the end of each predecessor of a merge every phi's argument for that
 * edge is where the merge expects the phi.
 *
 * <p>The state on entry to a block is what all its predecessors agree on, after mapping phi
 * arguments to phis; loops are iterated until nothing changes.
 */
public final class AllocationChecker {
    private static final Set<Reg> NEVER_WRITTEN = Set.of(Reg.SP, Reg.BP, Regs.G, Regs.ZERO_X);

    private final Func f;
    private final FuncShape shape;
    private final Allocation alloc;
    private final Map<Block, Map<Object, Value>> ends = new HashMap<>();

    private AllocationChecker(Func f, FuncShape shape, Allocation alloc) {
        this.f = f;
        this.shape = shape;
        this.alloc = alloc;
    }

    public static void check(Func f, FuncShape shape, Allocation alloc) {
        AllocationChecker c = new AllocationChecker(f, shape, alloc);
        List<Block> rpo = BlockOrder.reversePostorder(f);
        for (int round = 0; ; round++) {
            require(round < 100, f.name() + ": the checker's states do not settle");
            boolean changed = false;
            for (Block b : rpo) {
                Map<Object, Value> end = c.replay(b, c.entry(b));
                if (!end.equals(c.ends.get(b))) {
                    c.ends.put(b, end);
                    changed = true;
                }
            }
            if (!changed) return;
        }
    }

    /** What b starts with: the parameters' slots at the entry, else the agreement of the predecessors replayed so far. */
    private Map<Object, Value> entry(Block b) {
        Map<Object, Value> state = new LinkedHashMap<>();
        if (b == f.entry()) {
            for (Value v : b.values()) if (v.op() == GenericOp.Arg) state.put(new Slot.Param((ParamSlot) v.aux()), v);
            return state;
        }
        boolean first = true;
        for (int k = 0; k < b.preds().size(); k++) {
            Map<Object, Value> end = ends.get(b.pred(k));
            if (end == null) continue;
            Map<Object, Value> in = along(b, k, end);
            if (first) state.putAll(in);
            else state.entrySet().removeIf(e -> in.get(e.getKey()) != e.getValue());
            first = false;
        }
        return state;
    }

    /** The state at the end of b's k-th predecessor as b sees it: each phi's argument becomes the phi where b expects the phi. */
    private Map<Object, Value> along(Block b, int k, Map<Object, Value> end) {
        Map<Object, Value> in = new LinkedHashMap<>(end);
        Map<Reg, Value> expected = alloc.entries().get(b);
        for (Value phi : Liveness.phis(b)) {
            Object at = alloc.homes().get(phi);
            for (Map.Entry<Reg, Value> e : expected.entrySet()) if (e.getValue() == phi) at = e.getKey();
            require(at != null, b + ": " + phi + " is nowhere on entry");
            require(end.get(at) == phi.arg(k), b.pred(k) + " -> " + b + ": " + at + " holds " + end.get(at) + ", not "
                    + phi.arg(k) + " for " + phi);
            in.put(at, phi);
        }
        expected.forEach((r, v) -> require(in.get(r) == v, b.pred(k) + " -> " + b + ": " + r + " holds " + in.get(r)
                + ", entry expects " + v));
        return in;
    }

    private Map<Object, Value> replay(Block b, Map<Object, Value> state) {
        for (Step s : alloc.steps().get(b)) {
            switch (s) {
                case Step.Load ld -> {
                    require(state.get(ld.from()) == ld.v(), b + ": " + ld + " reads a slot holding " + state.get(ld.from()));
                    write(state, ld.to(), ld.v(), ld);
                }
                case Step.Store st -> {
                    require(state.get(st.from()) == st.v(), b + ": " + st + " stores " + state.get(st.from()));
                    state.put(st.to(), st.v());
                }
                case Step.Move m -> {
                    require(state.get(m.from()) == m.v(), b + ": " + m + " moves " + state.get(m.from()));
                    write(state, m.to(), m.v(), m);
                }
                case Step.Exec e -> exec(b, e, state);
            }
        }
        List<RegInfo.In> control = RegInfo.control(b, shape);
        List<Reg> got = alloc.controls().get(b);
        require(got.size() == control.size(), b + ": control registers " + got + " for " + control.size() + " inputs");
        for (int i = 0; i < control.size(); i++) {
            require(state.get(got.get(i)) == control.get(i).value() && control.get(i).allowed().contains(got.get(i)),
                    b + ": control input " + control.get(i).value() + " expected in " + got.get(i));
        }
        return state;
    }

    private static void exec(Block b, Step.Exec e, Map<Object, Value> state) {
        if (e.out() == Regs.SCRATCH) {
            // A constant computed into R13 on its way to a slot.
            require(e.ins().isEmpty() && RegAlloc.rematerializable(e.v()), e + ": only constants are computed into R13");
            state.put(Regs.SCRATCH, e.v());
            return;
        }
        RegInfo info = RegInfo.of(e.v());
        require(e.ins().size() == info.inputs().size(), e + ": wrong number of inputs");
        for (int i = 0; i < e.ins().size(); i++) {
            RegInfo.In in = info.inputs().get(i);
            Reg r = e.ins().get(i);
            require(in.allowed().contains(r), e + ": input " + i + " in " + r + ", allowed " + in.allowed());
            require(r == Regs.G || state.get(r) == in.value(), b + ": " + e + ": " + r + " holds " + state.get(r) + ", not " + in.value());
        }
        for (Reg r : info.clobbers()) state.remove(r);
        state.remove(Regs.SCRATCH);
        for (Reg t : e.temps()) {
            require(Regs.ALL.contains(t), e + ": temp " + t + " is not allocatable");
            require(!e.ins().contains(t) && t != e.out(), e + ": temp " + t + " overlaps an operand");
            state.remove(t);
        }
        if (e.out() == null) return;
        require(info.out().contains(e.out()), e + ": result in " + e.out() + ", allowed " + info.out());
        if (!info.resultInArg0()) {
            // Inputs are read before the result is written, unless scratch registers are in play.
            for (int i = 0; i < e.ins().size(); i++) {
                require(e.ins().get(i) != e.out() || info.out().size() == 1 || info.temps() == 0, e + ": result overwrites an input");
            }
        } else {
            for (int i = 1; i < e.ins().size(); i++) {
                require(e.ins().get(i) != e.out() || info.inputs().get(i).value() == info.inputs().get(0).value(),
                        e + ": two-address result overwrites input " + i);
            }
        }
        write(state, e.out(), e.v(), e);
    }

    private static void write(Map<Object, Value> state, Reg r, Value v, Step where) {
        require(!NEVER_WRITTEN.contains(r), where + ": writes reserved register " + r);
        state.put(r, v);
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }
}

package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.ParamSlot;
import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.BlockOrder;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Register allocation over scheduled machine SSA, block by block.
 *
 * <p>A value is <em>global</em> when it is a phi, another block uses it, or a phi merges it
 * on an edge from a block other than its own.
 * Global values are stored to a home slot right after they are computed (register parameters to
 * their spill slot in the caller's area, stack parameters live in theirs from the start), so a
 * block with several predecessors starts with empty registers, and a phi is a parallel copy
 * between homes at the end of the predecessor (critical edges are split, so that predecessor has
 * one successor). A block whose predecessors all come before it starts with the registers they
 * agree on, which saves reloads along straight-line code, into branches and after them. Inside a
 * block, values get registers as their constraints demand (fixed registers for arguments,
 * results, shift counts, division), and when registers run out the value whose next use is
 * farthest is evicted, stored first if it is still needed and has no home copy (Belady's rule).
 * Calls clobber every allocatable register: values needed after a call are stored before it.
 * R14 (g), X15 (zero), SP, BP and the emitter's scratch R13 are never allocated.
 */
public final class RegAlloc {
    private final FuncShape shape;
    private final Map<Value, Slot> homes = new HashMap<>();
    private final Set<Value> inHome = new HashSet<>();
    private final Set<Value> global = new HashSet<>();
    private final Map<Value, RegInfo> infos = new HashMap<>();
    private int spillSlots, scratchInBlock, scratchSlots;

    // Per-block state.
    private final Map<Reg, Value> holder = new EnumMap<>(Reg.class);
    private final Map<Value, Reg> where = new HashMap<>();
    private final Map<Value, TreeSet<Integer>> uses = new HashMap<>();
    private List<Step> steps;

    private RegAlloc(FuncShape shape) {
        this.shape = shape;
    }

    /** Allocates f, whose blocks must be scheduled in the given orders. */
    public static Allocation run(Func f, FuncShape shape, Map<Block, List<Value>> orders) {
        return new RegAlloc(shape).allocate(f, orders);
    }

    private RegInfo info(Value v) {
        return infos.computeIfAbsent(v, RegInfo::of);
    }

    private Allocation allocate(Func f, Map<Block, List<Value>> orders) {
        findGlobals(f, orders);
        Map<Block, List<Step>> allSteps = new LinkedHashMap<>();
        Map<Block, List<Reg>> controls = new LinkedHashMap<>();
        Map<Block, Map<Reg, Value>> endStates = new HashMap<>();
        for (Block b : BlockOrder.reversePostorder(f)) {
            steps = new ArrayList<>();
            holder.clear();
            where.clear();
            scratchInBlock = 0;
            holder.putAll(startState(b, endStates));
            holder.forEach((r, v) -> where.put(v, r));
            controls.put(b, block(b, orders.get(b)));
            allSteps.put(b, steps);
            endStates.put(b, new EnumMap<>(holder));
        }
        for (Block b : f.blocks()) {
            allSteps.putIfAbsent(b, List.of());
            controls.putIfAbsent(b, List.of());
        }
        return new Allocation(allSteps, controls, spillSlots, scratchSlots);
    }

    /**
     * The registers b starts with, given the registers each block processed so far ended with:
     * what all its predecessors agree on, when all of them come earlier in reverse postorder;
     * otherwise (the entry, a loop header) nothing. Global values are in their homes anyway, so
     * carrying registers only saves reloads — along straight-line code, into the arms of a
     * branch and into the join after it.
     */
    public static Map<Reg, Value> startState(Block b, Map<Block, Map<Reg, Value>> ends) {
        Map<Reg, Value> state = new EnumMap<>(Reg.class);
        for (int k = 0; k < b.preds().size(); k++) {
            Map<Reg, Value> end = ends.get(b.pred(k));
            if (end == null) return Map.of();
            if (k == 0) state.putAll(end);
            else state.entrySet().removeIf(e -> end.get(e.getKey()) != e.getValue());
        }
        return state;
    }

    private void findGlobals(Func f, Map<Block, List<Value>> orders) {
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.Phi) {
                    global.add(v);
                    // The copy into the phi's home is made at the end of the predecessor: an
                    // argument computed there is still at hand (or spilled when evicted).
                    for (int k = 0; k < v.argCount(); k++) {
                        if (v.arg(k).block() != b.pred(k)) global.add(v.arg(k));
                    }
                    continue;
                }
                if (v.op() == GenericOp.Arg) {
                    homes.put(v, new Slot.Param(ParamSlot.of(v)));
                    inHome.add(v);
                }
            }
            for (Value v : orders.get(b)) {
                for (RegInfo.In in : info(v).inputs()) if (in.value().block() != b) global.add(in.value());
            }
            for (RegInfo.In in : RegInfo.control(b, shape)) if (in.value().block() != b) global.add(in.value());
        }
        global.removeIf(v -> v.op() == Amd64Op.LoweredGetG || rematerializable(v));
        for (Block b : f.blocks()) {
            for (Value v : b.values()) if (v.op() == GenericOp.Phi) inHome.add(v);
        }
    }

    private Slot home(Value v) {
        return homes.computeIfAbsent(v, x -> {
            if (x.op() == Amd64Op.ArgIntReg || x.op() == Amd64Op.ArgFloatReg) return new Slot.Param(ParamSlot.of(x));
            if (global.contains(x)) return new Slot.Local(spillSlots++);
            scratchSlots = Math.max(scratchSlots, scratchInBlock + 1);
            return new Slot.Scratch(scratchInBlock++);
        });
    }

    private List<Reg> block(Block b, List<Value> order) {
        uses.clear();
        int end = order.size();
        for (int i = 0; i < end; i++) {
            for (RegInfo.In in : info(order.get(i)).inputs()) use(in.value(), i);
        }
        List<RegInfo.In> control = RegInfo.control(b, shape);
        for (RegInfo.In in : control) use(in.value(), end);
        List<Value[]> phis = phiMoves(b);
        for (Value[] m : phis) use(m[1], end + 1);

        for (int i = 0; i < end; i++) {
            Value v = order.get(i);
            if (emits(v) && !(rematerializable(v) && nextUse(v, i + 1) == Integer.MAX_VALUE)) exec(v, i);
        }
        List<Reg> controlRegs = new ArrayList<>();
        Set<Reg> locked = EnumSet.noneOf(Reg.class);
        for (RegInfo.In in : control) {
            Reg r = place(in, end, locked);
            locked.add(r);
            controlRegs.add(r);
        }
        phiCopies(phis, end + 1, locked);
        return controlRegs;
    }

    /**
     * The parallel copy of phi arguments into phi homes, done one copy at a time: a phi's home is
     * written once no pending copy still reads it (its phi is another copy's argument); when only
     * cycles remain, one phi still to be read is taken into a register (held until its readers
     * are done), which frees its home. So any number of phis needs at most one register per
     * broken cycle.
     */
    private void phiCopies(List<Value[]> pending, int pos, Set<Reg> locked) {
        List<Value[]> todo = new ArrayList<>(pending);
        Set<Value> held = new HashSet<>();
        while (!todo.isEmpty()) {
            Value[] ready = null;
            for (Value[] m : todo) {
                if (held.contains(m[0]) || todo.stream().noneMatch(o -> o[1] == m[0])) {
                    ready = m;
                    break;
                }
            }
            if (ready == null) {
                Value phi = todo.getFirst()[0];
                locked.add(place(new RegInfo.In(phi, RegInfo.classOf(phi)), pos, locked));
                held.add(phi);
                continue;
            }
            todo.remove(ready);
            Value arg = ready[1];
            Reg r = place(new RegInfo.In(arg, RegInfo.classOf(arg)), pos, locked);
            steps.add(new Step.Store(ready[0], r, home(ready[0])));
            // One value may feed several phis: keep it while another copy still reads it.
            if (!held.contains(arg) && todo.stream().noneMatch(o -> o[1] == arg)) release(r);
        }
    }

    /** (phi, argument) for each phi of b's successor, when b ends in a jump to a block with phis. */
    private static List<Value[]> phiMoves(Block b) {
        List<Value[]> moves = new ArrayList<>();
        if (b.succs().size() != 1) return moves;
        Block s = b.succ(0);
        int k = b.succs().get(0).i();
        for (Value p : s.values()) {
            if (p.op() == GenericOp.Phi && !RegInfo.isMemory(p)) moves.add(new Value[] {p, p.arg(k)});
        }
        return moves;
    }

    private void use(Value v, int pos) {
        uses.computeIfAbsent(v, k -> new TreeSet<>()).add(pos);
    }

    /** The next position at or after pos where v is used in this block, or MAX_VALUE. */
    private int nextUse(Value v, int pos) {
        TreeSet<Integer> s = uses.get(v);
        Integer n = s == null ? null : s.ceiling(pos);
        return n == null ? Integer.MAX_VALUE : n;
    }

    /** Values that turn into instructions; the rest (memory, flags, phis, parameters on the stack, g) are only read. */
    private boolean emits(Value v) {
        if (RegInfo.isFlags(v) || v.op() == Amd64Op.LoweredGetG) return false;
        if (!(v.op() instanceof GenericOp g)) return true;
        return switch (g) {
            case Copy -> !RegInfo.isMemory(v);
            case InitMem, SP, SB, Arg, SelectN, MakeResult, VarDef, VarLive, KeepAlive -> false;
            default -> throw new IllegalStateException(v.block().func().name() + ": " + v.longString() + " was not lowered");
        };
    }

    private void exec(Value v, int i) {
        RegInfo info = info(v);
        Set<Reg> locked = EnumSet.noneOf(Reg.class);
        List<Reg> ins = new ArrayList<>();
        for (RegInfo.In in : info.inputs()) {
            Reg r = place(in, i, locked);
            locked.add(r);
            ins.add(r);
        }
        for (Reg r : info.clobbers()) {
            Value x = holder.get(r);
            if (x != null && nextUse(x, i + 1) != Integer.MAX_VALUE) saveIfNeeded(x, r);
        }
        Reg out = output(v, info, ins, i, locked);
        if (out != null) locked.add(out);
        List<Reg> temps = new ArrayList<>();
        for (int t = 0; t < info.temps(); t++) {
            Reg r = pick(EnumSet.copyOf(Regs.GP), locked, i);
            locked.add(r);
            temps.add(r);
        }
        steps.add(new Step.Exec(v, ins, out, temps));
        for (Reg r : info.clobbers()) release(r);
        for (Reg r : temps) release(r);
        for (Reg r : List.copyOf(holder.keySet())) {
            Value x = holder.get(r);
            if (where.get(x) != r || nextUse(x, i + 1) == Integer.MAX_VALUE) release(r);
        }
        if (out == null) return;
        holder.put(out, v);
        where.put(v, out);
        if (global.contains(v)) {
            steps.add(new Step.Store(v, out, home(v)));
            inHome.add(v);
        }
        if (nextUse(v, i + 1) == Integer.MAX_VALUE) release(out);
    }

    private Reg output(Value v, RegInfo info, List<Reg> ins, int i, Set<Reg> locked) {
        if (info.out().isEmpty()) return null;
        if (info.out().size() == 1) {
            Reg r = info.out().iterator().next();
            Value x = holder.get(r);
            if (x != null && !ins.contains(r)) {
                if (nextUse(x, i + 1) != Integer.MAX_VALUE) saveIfNeeded(x, r);
                release(r);
            }
            return r;
        }
        if (info.resultInArg0() && !ins.isEmpty()) {
            Reg r0 = ins.get(0);
            Value a0 = info.inputs().get(0).value();
            boolean alone = ins.lastIndexOf(r0) == 0 || info.inputs().stream().allMatch(in -> in.value() == a0);
            if (alone && info.out().contains(r0) && nextUse(a0, i + 1) == Integer.MAX_VALUE && where.get(a0) == r0) {
                return r0;
            }
        } else if (info.temps() == 0) {
            // The instruction reads its inputs before it writes: a dying input's register will do.
            for (int k = 0; k < ins.size(); k++) {
                Value x = info.inputs().get(k).value();
                Reg r = ins.get(k);
                if (info.out().contains(r) && where.get(x) == r && nextUse(x, i + 1) == Integer.MAX_VALUE) return r;
            }
        }
        return pick(info.out(), locked, i);
    }

    /** Puts the input in one of its allowed registers, reloading or moving it there. */
    private Reg place(RegInfo.In in, int i, Set<Reg> locked) {
        Value a = in.value();
        if (in.allowed().equals(Set.of(Regs.G))) return Regs.G;
        Reg r = where.get(a);
        if (r != null && in.allowed().contains(r)) return r;
        Reg target = pick(in.allowed(), locked, i);
        if (r != null) {
            steps.add(new Step.Move(a, r, target));
            holder.put(target, a);
            if (!locked.contains(r)) {
                holder.remove(r);
                where.put(a, target);
            }
            return target;
        }
        if (rematerializable(a)) {
            steps.add(new Step.Exec(a, List.of(), target, List.of()));
            holder.put(target, a);
            where.put(a, target);
            return target;
        }
        if (!inHome.contains(a)) throw new IllegalStateException(a + " is needed but neither in a register nor stored");
        steps.add(new Step.Load(a, home(a), target));
        holder.put(target, a);
        where.put(a, target);
        return target;
    }

    /** A register from allowed that is not locked: a free one, else the one whose value is needed last. */
    private Reg pick(Set<Reg> allowed, Set<Reg> locked, int i) {
        List<Reg> order = allowed.stream().anyMatch(Reg::isXmm) ? Regs.FP : Regs.GP;
        List<Reg> candidates = new ArrayList<>();
        for (Reg r : order) if (allowed.contains(r) && !locked.contains(r)) candidates.add(r);
        for (Reg r : allowed) if (!order.contains(r) && !locked.contains(r)) candidates.add(r);
        if (candidates.isEmpty()) throw new IllegalStateException("no register left among " + allowed);
        Reg best = null;
        int farthest = -1;
        for (Reg r : candidates) {
            Value x = holder.get(r);
            if (x == null) return r;
            int n = nextUse(x, i);
            if (n > farthest) {
                farthest = n;
                best = r;
            }
        }
        Value x = holder.get(best);
        if (nextUse(x, i) != Integer.MAX_VALUE) saveIfNeeded(x, best);
        release(best);
        return best;
    }

    /**
     * Constants, and addresses of globals and locals, are computed again where needed instead of
     * being stored and reloaded: one instruction, no inputs, no memory traffic (gc does the same).
     */
    static boolean rematerializable(Value v) {
        return switch (v.op()) {
            case Amd64Op op when op == Amd64Op.MOVQconst || op == Amd64Op.MOVLconst || op == Amd64Op.MOVSDconst
                    || op == Amd64Op.MOVSSconst -> true;
            case Amd64Op op when op == Amd64Op.LEAQ -> v.arg(0).op() == GenericOp.SB || v.arg(0).op() == GenericOp.SP;
            default -> false;
        };
    }

    private void saveIfNeeded(Value x, Reg r) {
        if (inHome.contains(x) || rematerializable(x)) return;
        steps.add(new Step.Store(x, r, home(x)));
        inHome.add(x);
    }

    private void release(Reg r) {
        Value x = holder.remove(r);
        if (x != null && where.get(x) == r) where.remove(x);
    }
}

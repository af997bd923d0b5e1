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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Register allocation over scheduled machine SSA: gc-style, block by block in reverse postorder,
 * with the register state carried along the edges.
 *
 * <p>A block with one predecessor starts with the registers its predecessor ended with. A merge
 * (a loop header, the join after a branch) gets an entry state built from one predecessor already
 * allocated: its phis take the registers their arguments are in there when free (else any free
 * register, else their home slot), and the values live through keep their registers; free
 * registers then go to the live-in values used soonest. At the end of every predecessor of a
 * merge (which has that merge as its only successor, since critical edges are split) a
 * {@link ParallelMove} puts everything where the merge expects it: phi arguments into the phis'
 * registers or homes, live values into their registers (moved, reloaded, or computed again).
 * Live-in values without a register in the entry state are read from their homes.
 *
 * <p>Inside a block values get registers as their constraints demand (fixed registers for call
 * arguments and results, shift counts, division), and when registers run out the value whose
 * next use is farthest is evicted (Belady's rule; distances continue past the block end through
 * {@link Liveness}). Calls clobber every allocatable register (Go has no callee-saved ones).
 *
 * <p>Spills are placed as gc places them before its spill sinking: a value that is ever needed
 * from memory is stored once, right after it is computed (a phi at the top of its block), so its
 * home is valid wherever it is live and reloads never need to know the path taken. A register
 * parameter's home is its spill slot in the caller's argument area; a stack parameter lives in
 * its own slot; constants and addresses are never stored but computed again.
 * R14 (g), X15 (zero), SP, BP and the emitter's scratch R13 are never allocated, under either ABI:
 * ABI0 functions jgo compiles set up g and X15 on entry, so their bodies rely on them too.
 */
public final class RegAlloc {
    private final FuncShape shape;
    private final Map<Block, List<Value>> orders;
    private final Liveness live;
    private final Map<Value, RegInfo> infos = new HashMap<>();
    private final Map<Value, Slot> homes = new LinkedHashMap<>();
    /** Values whose home must hold them: each is stored right after its definition. */
    private final Set<Value> spilled = new LinkedHashSet<>();
    /** The instruction that computes each value, to put its spill after. */
    private final Map<Value, Step.Exec> definitions = new HashMap<>();
    /** Phis whose entry state has no register for them: their predecessors write their homes. */
    private final Set<Value> phisInMemory = new LinkedHashSet<>();
    private final Map<Block, Map<Reg, Value>> entries = new LinkedHashMap<>(), ends = new HashMap<>();
    private final Map<Block, List<Step>> allSteps = new LinkedHashMap<>();
    private int spillSlots, scratchInBlock, scratchSlots;

    // Per-block state.
    private final Map<Reg, Value> holder = new EnumMap<>(Reg.class);
    private final Map<Value, Reg> where = new HashMap<>();
    private final Map<Value, TreeSet<Integer>> uses = new HashMap<>();
    /** The register each value will be wanted in next (a fixed input, or its phi's register on a back edge). */
    private final Map<Value, Reg> desired = new HashMap<>();
    private Map<Value, Integer> liveOut;
    private int end;
    private List<Step> steps;

    private RegAlloc(Func f, FuncShape shape, Map<Block, List<Value>> orders) {
        this.shape = shape;
        this.orders = orders;
        this.live = new Liveness(f, shape, orders);
    }

    /** Allocates f, whose blocks must be scheduled in the given orders. */
    public static Allocation run(Func f, FuncShape shape, Map<Block, List<Value>> orders) {
        return new RegAlloc(f, shape, orders).allocate(f);
    }

    private RegInfo info(Value v) {
        return infos.computeIfAbsent(v, RegInfo::of);
    }

    private Allocation allocate(Func f) {
        Map<Block, List<Reg>> controls = new LinkedHashMap<>();
        List<Block> rpo = BlockOrder.reversePostorder(f);
        for (Block b : rpo) {
            steps = new ArrayList<>();
            holder.clear();
            where.clear();
            scratchInBlock = 0;
            Map<Reg, Value> entry = entryState(b);
            entries.put(b, entry);
            holder.putAll(entry);
            holder.forEach((r, v) -> where.put(v, r));
            for (Value v : live.in(b).keySet()) if (!where.containsKey(v)) needHome(v);
            for (Value p : Liveness.phis(b)) {
                if (!entry.containsValue(p)) {
                    phisInMemory.add(p);
                    home(p);
                }
            }
            controls.put(b, block(b, orders.get(b)));
            allSteps.put(b, steps);
            ends.put(b, new EnumMap<>(holder));
        }
        for (Block b : rpo) if (b.preds().size() > 1 || !Liveness.phis(b).isEmpty()) shuffles(b);
        insertSpills();
        for (Block b : f.blocks()) {
            allSteps.putIfAbsent(b, List.of());
            controls.putIfAbsent(b, List.of());
            entries.putIfAbsent(b, Map.of());
        }
        return new Allocation(allSteps, controls, entries, homes, spillSlots, scratchSlots);
    }

    // ---- block boundaries ----

    /**
     * The registers b starts with. After a single predecessor: whatever it ended with that is
     * still live. At a merge: see the class comment; the predecessor it is built from is the
     * first one already allocated (for a loop header, the one entering the loop).
     */
    private Map<Reg, Value> entryState(Block b) {
        Map<Reg, Value> state = new EnumMap<>(Reg.class);
        Map<Value, Integer> liveIn = live.in(b);
        List<Value> phis = Liveness.phis(b);
        if (b.preds().size() == 1 && phis.isEmpty()) {
            ends.getOrDefault(b.pred(0), Map.of()).forEach((r, v) -> {
                if (liveIn.containsKey(v)) state.put(r, v);
            });
            return state;
        }
        int k = 0;
        while (k < b.preds().size() && !ends.containsKey(b.pred(k))) k++;
        if (k == b.preds().size()) return state;
        Map<Reg, Value> pred = ends.get(b.pred(k));
        for (Value p : phis) {
            Value arg = p.arg(k);
            pred.forEach((r, v) -> {
                if (v == arg && !state.containsKey(r) && !state.containsValue(p)) state.put(r, p);
            });
        }
        pred.forEach((r, v) -> {
            if (liveIn.containsKey(v) && !state.containsKey(r) && !state.containsValue(v)) state.put(r, v);
        });
        for (Value p : phis) if (!state.containsValue(p)) giveFreeRegister(state, p, 0);
        // Free registers go to the live-in values used soonest, loaded once on entry instead of at each use.
        List<Value> rest = new ArrayList<>();
        liveIn.forEach((v, d) -> {
            if (!state.containsValue(v) && !rematerializable(v)) rest.add(v);
        });
        rest.sort(Comparator.comparingInt(liveIn::get));
        for (Value v : rest) giveFreeRegister(state, v, SPARE);
        return state;
    }

    /** Registers of each class left free at a merge for the values computed in the block. */
    private static final int SPARE = 4;

    private static void giveFreeRegister(Map<Reg, Value> state, Value v, int spare) {
        Set<Reg> cls = RegInfo.classOf(v);
        List<Reg> free = new ArrayList<>();
        for (Reg r : cls.contains(Reg.AX) ? Regs.GP : Regs.FP) if (!state.containsKey(r)) free.add(r);
        if (free.size() > spare) state.put(free.getFirst(), v);
    }

    /** The copies at the end of each predecessor of the merge b that establish b's entry state. */
    private void shuffles(Block b) {
        Map<Reg, Value> entry = entries.get(b);
        List<Value> phis = Liveness.phis(b);
        for (int k = 0; k < b.preds().size(); k++) {
            Block p = b.pred(k);
            if (p.succs().size() != 1) throw new IllegalStateException(p + " -> " + b + ": critical edge not split");
            Map<Reg, Value> end = ends.get(p);
            List<ParallelMove.Copy> copies = new ArrayList<>();
            for (Map.Entry<Reg, Value> e : entry.entrySet()) {
                Value v = phis.contains(e.getValue()) ? e.getValue().arg(k) : e.getValue();
                copies.add(new ParallelMove.Copy(e.getKey(), source(v, end), v));
            }
            for (Value phi : phis) {
                if (phisInMemory.contains(phi)) copies.add(new ParallelMove.Copy(home(phi), source(phi.arg(k), end), phi.arg(k)));
            }
            List<Step> moves = ParallelMove.resolve(copies, new Slot.Scratch(0));
            if (moves.stream().anyMatch(s -> s instanceof Step.Store st && st.to() instanceof Slot.Scratch)) {
                scratchSlots = Math.max(scratchSlots, 1);
            }
            allSteps.get(p).addAll(moves);
        }
    }

    /** Where v is at the end of a block that ended with the given registers: a register, its home, or nowhere (computed again). */
    private Object source(Value v, Map<Reg, Value> end) {
        for (Map.Entry<Reg, Value> e : end.entrySet()) if (e.getValue() == v) return e.getKey();
        if (rematerializable(v)) return null;
        needHome(v);
        return home(v);
    }

    /** The store of every spilled value right after its definition (a phi's at the top of its block). */
    private void insertSpills() {
        Map<Step, Step> after = new IdentityHashMap<>();
        for (Value v : spilled) {
            if (v.op() == GenericOp.Phi) {
                Reg r = null;
                for (Map.Entry<Reg, Value> e : entries.get(v.block()).entrySet()) if (e.getValue() == v) r = e.getKey();
                allSteps.get(v.block()).addFirst(new Step.Store(v, r, home(v)));
                continue;
            }
            Step.Exec def = definitions.get(v);
            if (def == null) throw new IllegalStateException(v.longString() + " must be spilled but is never computed");
            after.put(def, new Step.Store(v, def.out(), home(v)));
        }
        for (Map.Entry<Block, List<Step>> e : allSteps.entrySet()) {
            List<Step> with = new ArrayList<>();
            for (Step s : e.getValue()) {
                with.add(s);
                Step st = after.get(s);
                if (st != null) with.add(st);
            }
            e.setValue(with);
        }
    }

    /** Records that v will be read from its home: unless it is always there or never stored, it gets a spill. */
    private void needHome(Value v) {
        if (rematerializable(v) || v.op() == GenericOp.Arg || phisInMemory.contains(v)) return;
        home(v);
        spilled.add(v);
    }

    private Slot home(Value v) {
        return homes.computeIfAbsent(v, x -> {
            if (x.op() == Amd64Op.ArgIntReg || x.op() == Amd64Op.ArgFloatReg || x.op() == GenericOp.Arg) {
                return new Slot.Param(ParamSlot.of(x));
            }
            if (live.global(x)) return new Slot.Local(spillSlots++);
            scratchSlots = Math.max(scratchSlots, scratchInBlock + 1);
            return new Slot.Scratch(scratchInBlock++);
        });
    }

    // ---- inside a block ----

    private List<Reg> block(Block b, List<Value> order) {
        uses.clear();
        end = order.size();
        liveOut = live.out(b);
        for (int i = 0; i < end; i++) {
            for (RegInfo.In in : info(order.get(i)).inputs()) use(in.value(), i);
        }
        List<RegInfo.In> control = RegInfo.control(b, shape);
        for (RegInfo.In in : control) use(in.value(), end);
        desire(b, order, control);

        for (int i = 0; i < end; i++) {
            Value v = order.get(i);
            // A constant or address is computed where it is first needed, straight into the register it is needed in.
            if (emits(v) && !rematerializable(v)) exec(v, i);
        }
        List<Reg> controlRegs = new ArrayList<>();
        Set<Reg> locked = EnumSet.noneOf(Reg.class);
        for (RegInfo.In in : control) {
            Reg r = place(in, end, locked);
            locked.add(r);
            controlRegs.add(r);
        }
        return controlRegs;
    }

    /**
     * The hints for b: the first fixed register each value is read from (a call's arguments, a
     * division's dividend, a return's results), else, at the end of a back edge, the register the
     * loop header wants it in. A value computed straight into its register saves the move.
     */
    private void desire(Block b, List<Value> order, List<RegInfo.In> control) {
        desired.clear();
        for (Value v : order) for (RegInfo.In in : info(v).inputs()) desireFixed(in);
        for (RegInfo.In in : control) desireFixed(in);
        if (b.succs().size() != 1 || !entries.containsKey(b.succ(0))) return;
        Block s = b.succ(0);
        int k = b.succs().get(0).i();
        List<Value> phis = Liveness.phis(s);
        entries.get(s).forEach((r, v) -> desired.putIfAbsent(phis.contains(v) ? v.arg(k) : v, r));
    }

    private void desireFixed(RegInfo.In in) {
        if (in.allowed().size() == 1 && !Liveness.fixed(in)) desired.putIfAbsent(in.value(), in.allowed().iterator().next());
    }

    /** v's desired register when it is allowed, unlocked and free. */
    private Reg preferred(Value v, Set<Reg> allowed, Set<Reg> locked) {
        Reg r = desired.get(v);
        return r != null && allowed.contains(r) && !locked.contains(r) && !holder.containsKey(r) ? r : null;
    }

    private void use(Value v, int pos) {
        uses.computeIfAbsent(v, k -> new TreeSet<>()).add(pos);
    }

    /** The next position at or after pos where v is used, past the block's end when it is live out; MAX_VALUE when dead. */
    private int nextUse(Value v, int pos) {
        TreeSet<Integer> s = uses.get(v);
        Integer n = s == null ? null : s.ceiling(pos);
        if (n != null) return n;
        Integer d = liveOut.get(v);
        return d == null ? Integer.MAX_VALUE : end + 1 + d;
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
            boolean survives = holder.entrySet().stream().anyMatch(e -> e.getValue() == x && !info.clobbers().contains(e.getKey()));
            if (x != null && !survives && nextUse(x, i + 1) != Integer.MAX_VALUE) needHome(x);
        }
        Reg out = output(v, info, ins, i, locked);
        if (out != null) locked.add(out);
        List<Reg> temps = new ArrayList<>();
        for (int t = 0; t < info.temps(); t++) {
            Reg r = pick(EnumSet.copyOf(Regs.GP), locked, i);
            locked.add(r);
            temps.add(r);
        }
        Step.Exec step = new Step.Exec(v, ins, out, temps);
        steps.add(step);
        for (Reg r : info.clobbers()) release(r);
        for (Reg r : temps) release(r);
        for (Reg r : List.copyOf(holder.keySet())) {
            Value x = holder.get(r);
            if (where.get(x) != r || nextUse(x, i + 1) == Integer.MAX_VALUE) release(r);
        }
        if (out == null) return;
        definitions.put(v, step);
        holder.put(out, v);
        where.put(v, out);
        if (nextUse(v, i + 1) == Integer.MAX_VALUE) release(out);
    }

    private Reg output(Value v, RegInfo info, List<Reg> ins, int i, Set<Reg> locked) {
        if (info.out().isEmpty()) return null;
        if (info.out().size() == 1) {
            Reg r = info.out().iterator().next();
            Value x = holder.get(r);
            if (x != null && !ins.contains(r)) {
                if (nextUse(x, i + 1) != Integer.MAX_VALUE) needHome(x);
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
        Reg r = preferred(v, info.out(), locked);
        return r != null ? r : pick(info.out(), locked, i);
    }

    /** Puts the input in one of its allowed registers, reloading, moving or recomputing it there. */
    private Reg place(RegInfo.In in, int i, Set<Reg> locked) {
        Value a = in.value();
        if (Liveness.fixed(in)) return Regs.G;
        Reg r = where.get(a);
        if (r != null && in.allowed().contains(r)) return r;
        // A copy made for an earlier input of the same instruction.
        for (Map.Entry<Reg, Value> e : holder.entrySet()) if (e.getValue() == a && in.allowed().contains(e.getKey())) return e.getKey();
        Reg target = preferred(a, in.allowed(), locked);
        if (target == null) target = pick(in.allowed(), locked, i);
        if (r != null) {
            // The value moves; the old register keeps a copy until the instruction is done, for its other inputs.
            steps.add(new Step.Move(a, r, target));
            holder.put(target, a);
            where.put(a, target);
            return target;
        }
        if (rematerializable(a)) {
            steps.add(new Step.Exec(a, List.of(), target, List.of()));
        } else {
            needHome(a);
            steps.add(new Step.Load(a, home(a), target));
        }
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
        Reg victim = best;
        Value x = holder.get(victim);
        if (nextUse(x, i) != Integer.MAX_VALUE && holder.entrySet().stream().noneMatch(e -> e.getValue() == x && e.getKey() != victim)) {
            needHome(x);
        }
        release(victim);
        return victim;
    }

    /**
     * Constants, and addresses of globals and locals, are computed again where needed instead of
     * being stored and reloaded: one instruction, no inputs, no memory traffic (gc does the same).
     */
    static boolean rematerializable(Value v) {
        return switch (v.op()) {
            case Amd64Op op when op == Amd64Op.MOVQconst || op == Amd64Op.MOVLconst || op == Amd64Op.MOVSDconst
                    || op == Amd64Op.MOVSSconst -> true;
            case Amd64Op op when op == Amd64Op.LEAQ -> v.arg(0).op() == GenericOp.SP || v.arg(0).op() == GenericOp.SB;
            default -> false;
        };
    }

    /** Frees r; when its value has a copy in another register, that copy becomes the value's register. */
    private void release(Reg r) {
        Value x = holder.remove(r);
        if (x == null || where.get(x) != r) return;
        where.remove(x);
        for (Map.Entry<Reg, Value> e : holder.entrySet()) {
            if (e.getValue() == x) {
                where.put(x, e.getKey());
                return;
            }
        }
    }
}

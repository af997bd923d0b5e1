package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays an allocation symbolically and fails on the first step that would compute a wrong
 * value: every instruction must find each input in an allowed register, a load must read the
 * slot its value was stored to (or a parameter's own slot), a call or clobbering instruction
 * leaves nothing behind in the registers it destroys, the reserved registers (SP, BP, R13, R14,
 * X15) are never handed out, and the stores at a block's end put each phi's argument for that
 * edge into the phi's home.
 */
public final class AllocationChecker {
    private static final Set<Reg> RESERVED = Set.of(Reg.SP, Reg.BP, Regs.SCRATCH, Regs.G, Regs.ZERO_X);

    private final Map<Slot, Value> slots = new HashMap<>();

    public static void check(Func f, FuncShape shape, Allocation alloc) {
        AllocationChecker c = new AllocationChecker();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.Arg) c.slots.put(new Slot.Param((dev.jgo.amd64.lower.ParamSlot) v.aux()), v);
            }
        }
        // Homes written in one block are read in others: replay stores of every block first.
        for (Block b : f.blocks()) c.collectStores(alloc.steps().get(b));
        Map<Block, Map<Reg, Value>> ends = new HashMap<>();
        for (Block b : dev.jgo.ssa.BlockOrder.reversePostorder(f)) {
            // What the registers really hold on entry, on every path (the allocator may know less).
            Map<Reg, Value> regs = new EnumMap<>(Reg.class);
            regs.putAll(RegAlloc.startState(b, ends));
            c.block(b, shape, alloc, regs);
            ends.put(b, regs);
        }
    }

    private void collectStores(List<Step> steps) {
        for (Step s : steps) {
            if (s instanceof Step.Store st && !(st.to() instanceof Slot.Scratch)) {
                Value old = slots.put(st.to(), st.v());
                require(old == null || old == st.v(), "slot " + st.to() + " holds both " + old + " and " + st.v());
            }
        }
    }

    private void block(Block b, FuncShape shape, Allocation alloc, Map<Reg, Value> regs) {
        Map<Slot, Value> scratch = new HashMap<>();
        for (Step s : alloc.steps().get(b)) {
            switch (s) {
                case Step.Load ld -> {
                    Value held = ld.from() instanceof Slot.Scratch ? scratch.get(ld.from()) : slots.get(ld.from());
                    require(held == ld.v(), b + ": " + ld + " reads a slot holding " + held);
                    allocatable(ld.to(), ld);
                    regs.put(ld.to(), ld.v());
                }
                case Step.Store st -> {
                    Value want = st.v().op() == GenericOp.Phi ? st.v().arg(b.succs().get(0).i()) : st.v();
                    require(regs.get(st.from()) == want, b + ": " + st + " stores " + regs.get(st.from()) + ", wants " + want);
                    if (st.to() instanceof Slot.Scratch) scratch.put(st.to(), st.v());
                }
                case Step.Move m -> {
                    require(regs.get(m.from()) == m.v(), b + ": " + m + " moves " + regs.get(m.from()));
                    allocatable(m.to(), m);
                    regs.put(m.to(), m.v());
                }
                case Step.Exec e -> exec(b, e, regs);
            }
        }
        List<RegInfo.In> control = RegInfo.control(b, shape);
        List<Reg> got = alloc.controls().get(b);
        require(got.size() == control.size(), b + ": control registers " + got + " for " + control.size() + " inputs");
        for (int i = 0; i < control.size(); i++) {
            require(regs.get(got.get(i)) == control.get(i).value() && control.get(i).allowed().contains(got.get(i)),
                    b + ": control input " + control.get(i).value() + " expected in " + got.get(i));
        }
    }

    private static void exec(Block b, Step.Exec e, Map<Reg, Value> regs) {
        RegInfo info = RegInfo.of(e.v());
        require(e.ins().size() == info.inputs().size(), e + ": wrong number of inputs");
        for (int i = 0; i < e.ins().size(); i++) {
            RegInfo.In in = info.inputs().get(i);
            Reg r = e.ins().get(i);
            require(in.allowed().contains(r), e + ": input " + i + " in " + r + ", allowed " + in.allowed());
            require(r == Regs.G || regs.get(r) == in.value(), b + ": " + e + ": " + r + " holds " + regs.get(r) + ", not " + in.value());
        }
        for (Reg r : info.clobbers()) regs.remove(r);
        for (Reg t : e.temps()) {
            allocatable(t, e);
            require(!e.ins().contains(t) && t != e.out(), e + ": temp " + t + " overlaps an operand");
            regs.remove(t);
        }
        if (e.out() != null) {
            require(info.out().contains(e.out()), e + ": result in " + e.out() + ", allowed " + info.out());
            if (!info.resultInArg0()) {
                // Inputs are read before the result is written, unless scratch registers are in play.
                for (int i = 0; i < e.ins().size(); i++) {
                    require(e.ins().get(i) != e.out() || info.out().size() == 1 || info.temps() == 0,
                            e + ": result overwrites an input");
                }
            } else {
                for (int i = 1; i < e.ins().size(); i++) {
                    require(e.ins().get(i) != e.out() || info.inputs().get(i).value() == info.inputs().get(0).value(),
                            e + ": two-address result overwrites input " + i);
                }
            }
            if (info.out().size() > 1) allocatable(e.out(), e);
            regs.put(e.out(), e.v());
        }
    }

    private static void allocatable(Reg r, Object where) {
        require(!RESERVED.contains(r), where + ": uses reserved register " + r);
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }
}

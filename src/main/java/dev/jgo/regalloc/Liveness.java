package dev.jgo.regalloc;

import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.BlockOrder;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which register values are live on entry to and exit from each block, and how far away (in
 * scheduled values) their next use is. A phi is defined at the top of its block; its argument
 * for an edge is used at the very end of that edge's predecessor, at distance 0. Values whose
 * inputs are fixed (g in R14) and non-register values (memory, flags, SP, SB) do not take part.
 *
 * <p>The distances drive eviction across block boundaries: a value live out of a block and next
 * used many instructions later is the first to give up its register, as inside a block.
 */
final class Liveness {
    /** Live values by their distance to the next use, for each block's entry and exit. */
    private final Map<Block, Map<Value, Integer>> in = new HashMap<>(), out = new HashMap<>();

    Liveness(Func f, FuncShape shape, Map<Block, List<Value>> orders) {
        List<Block> post = BlockOrder.postorder(f);
        Map<Block, Map<Value, Integer>> uses = new HashMap<>();
        for (Block b : post) {
            in.put(b, new LinkedHashMap<>());
            out.put(b, new LinkedHashMap<>());
            uses.put(b, firstUses(b, orders.get(b), shape));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : post) {
                Map<Value, Integer> o = new LinkedHashMap<>();
                for (Block.Edge e : b.succs()) {
                    Block s = e.b();
                    Map<Value, Integer> sIn = in.get(s);
                    if (sIn == null) continue;
                    sIn.forEach((v, d) -> o.merge(v, d, Math::min));
                    for (Value p : phis(s)) o.put(p.arg(e.i()), 0);
                }
                Map<Value, Integer> i = entry(b, orders.get(b).size(), uses.get(b), o);
                if (!o.equals(out.get(b)) || !i.equals(in.get(b))) {
                    out.put(b, o);
                    in.put(b, i);
                    changed = true;
                }
            }
        }
    }

    /** The position of the first use in b of each value b reads but does not define (its end counts as position size). */
    private static Map<Value, Integer> firstUses(Block b, List<Value> order, FuncShape shape) {
        Map<Value, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            for (RegInfo.In x : RegInfo.of(order.get(i)).inputs()) if (!fixed(x)) first.putIfAbsent(x.value(), i);
        }
        for (RegInfo.In x : RegInfo.control(b, shape)) first.putIfAbsent(x.value(), order.size());
        // In SSA a block's own values are defined before they are used, so they are never live in.
        first.keySet().removeIf(v -> v.block() == b);
        return first;
    }

    /** The live-in distances of a block of size values, given its first uses and its live-out distances. */
    private static Map<Value, Integer> entry(Block b, int size, Map<Value, Integer> firstUses, Map<Value, Integer> liveOut) {
        Map<Value, Integer> result = new LinkedHashMap<>(firstUses);
        liveOut.forEach((v, d) -> {
            if (v.block() != b) result.putIfAbsent(v, size + 1 + d);
        });
        return result;
    }

    /** The phis of b that carry a register value (not memory, not zero-sized). */
    static List<Value> phis(Block b) {
        List<Value> ps = new ArrayList<>();
        for (Value v : b.values()) {
            if (v.op() == GenericOp.Phi && !RegInfo.isMemory(v) && !SsaTypes.isVoid(v.type())) ps.add(v);
        }
        return ps;
    }

    /** The values live on entry to b, by distance to their next use. */
    Map<Value, Integer> in(Block b) {
        return in.getOrDefault(b, Map.of());
    }

    /** The values live on exit from b, by distance (from b's end) to their next use. */
    Map<Value, Integer> out(Block b) {
        return out.getOrDefault(b, Map.of());
    }

    /** Whether v is needed outside the block that defines it (a phi always is: it is a merge). */
    boolean global(Value v) {
        return v.op() == GenericOp.Phi || out(v.block()).containsKey(v);
    }

    /** An input that is always in its register (g in R14): nothing to allocate. */
    static boolean fixed(RegInfo.In in) {
        return in.allowed().equals(Set.of(Regs.G));
    }
}

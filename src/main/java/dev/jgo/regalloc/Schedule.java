package dev.jgo.regalloc;

import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Op;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders the values of a block for emission: arguments before users; a load before the next
 * store of the memory it reads; incoming register arguments and the closure pointer first
 * (their registers hold them only on entry); a call's register results right after it (the next
 * instruction may clobber them). Otherwise the block's own order is kept, so hand-built and
 * generated code come out as written. Phis are not scheduled: they are defined on entry to the block.
 */
public final class Schedule {
    private Schedule() {}

    public static List<Value> order(Block b) {
        List<Value> vals = new ArrayList<>();
        for (Value v : b.values()) if (v.op() != GenericOp.Phi) vals.add(v);
        Map<Value, Integer> index = new HashMap<>();
        for (int i = 0; i < vals.size(); i++) index.put(vals.get(i), i);
        Map<Value, List<Value>> after = new HashMap<>();
        Map<Value, Integer> waiting = new HashMap<>();
        // The stores and calls of this block by the memory they consume.
        Map<Value, List<Value>> consumers = new HashMap<>();
        for (Value w : vals) {
            if (!producesMemory(w.op())) continue;
            for (Value a : w.args()) if (RegInfo.isMemory(a)) consumers.computeIfAbsent(a, k -> new ArrayList<>()).add(w);
        }
        for (Value v : vals) {
            Set<Value> preds = new HashSet<>();
            for (Value a : v.args()) if (index.containsKey(a) && a != v) preds.add(a);
            if (!producesMemory(v.op())) {
                // Every store or call that consumes the memory v reads must wait for v.
                for (Value a : v.args()) {
                    for (Value w : consumers.getOrDefault(a, List.of())) after.computeIfAbsent(v, k -> new ArrayList<>()).add(w);
                }
            }
            for (Value p : preds) after.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
        }
        for (Value v : vals) waiting.put(v, 0);
        for (List<Value> ws : after.values()) for (Value w : ws) waiting.merge(w, 1, Integer::sum);
        PriorityQueue<Value> ready = new PriorityQueue<>((x, y) -> {
            int c = Integer.compare(rank(x), rank(y));
            return c != 0 ? c : Integer.compare(index.get(x), index.get(y));
        });
        for (Value v : vals) if (waiting.get(v) == 0) ready.add(v);
        List<Value> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            Value v = ready.poll();
            out.add(v);
            for (Value w : after.getOrDefault(v, List.of())) {
                if (waiting.merge(w, -1, Integer::sum) == 0) ready.add(w);
            }
        }
        if (out.size() != vals.size()) throw new IllegalStateException(b + ": values depend on each other in a cycle");
        return out;
    }

    private static boolean producesMemory(Op op) {
        return op.result() == Op.Result.MEM || op.result() == Op.Result.RESULTS;
    }

    /** Entry registers first, a call's results next to nothing but the call. */
    private static int rank(Value v) {
        return v.op() == Amd64Op.ArgIntReg || v.op() == Amd64Op.ArgFloatReg || v.op() == Amd64Op.LoweredGetClosurePtr
                || v.op() == Amd64Op.CallResult ? 0 : 1;
    }
}

package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Removes unreachable blocks and values nothing needs. A value is needed when it is a control of
 * a reachable block, has side effects, is a call, produces nothing (void: a nil check), or is an
 * argument of a needed value; a phi needs only its arguments from reachable predecessors.
 * Memory is not special: a store is needed because the memory chain reaches a Ret's control.
 * A First block loses its never-taken edge here and becomes Plain.
 */
public final class DeadCode {
    private DeadCode() {}

    public static void run(Func f) {
        BitSet reachable = reachable(f);
        for (Block b : f.blocks()) {
            if (reachable.get(b.id()) && b.kind() == GenericBlockKind.First) {
                b.removeEdge(1);
                b.reset(GenericBlockKind.Plain);
            }
        }
        BitSet live = live(f, reachable);
        List<Block> dead = new ArrayList<>();
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) {
                dead.add(b);
                continue;
            }
            for (int j = b.preds().size() - 1; j >= 0; j--) {
                Block.Edge e = b.preds().get(j);
                if (!reachable.get(e.b().id())) e.b().removeEdge(e.i());
            }
        }
        for (Block b : dead) {
            while (!b.succs().isEmpty()) b.removeEdge(b.succs().size() - 1);
            b.resetControls();
        }
        // Drop the arguments of every dead value first: dead values may use each other in cycles.
        Predicate<Value> doomed = v -> !live.get(v.id()) || !reachable.get(v.block().id());
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (doomed.test(v)) v.resetArgs();
            }
        }
        for (Block b : f.blocks()) f.freeValues(b, doomed);
        f.blocks.removeIf(b -> !reachable.get(b.id()));
    }

    /** The blocks reachable from the entry (a First block's second edge is never taken). */
    static BitSet reachable(Func f) {
        BitSet seen = new BitSet(f.numBlocks());
        List<Block> work = new ArrayList<>();
        seen.set(f.entry().id());
        work.add(f.entry());
        while (!work.isEmpty()) {
            Block b = work.removeLast();
            int n = b.kind() == GenericBlockKind.First ? 1 : b.succs().size();
            for (int i = 0; i < n; i++) {
                Block s = b.succ(i);
                if (!seen.get(s.id())) {
                    seen.set(s.id());
                    work.add(s);
                }
            }
        }
        return seen;
    }

    static BitSet live(Func f, BitSet reachable) {
        BitSet live = new BitSet(f.numValues());
        List<Value> work = new ArrayList<>();
        for (Block b : f.blocks()) {
            if (!reachable.get(b.id())) continue;
            for (Value c : b.controls()) mark(c, live, work);
            for (Value v : b.values()) {
                Op op = v.op();
                if (op.isCall() || op.hasSideEffects() || SsaTypes.isVoid(v.type())) mark(v, live, work);
            }
        }
        while (!work.isEmpty()) {
            Value v = work.removeLast();
            for (int i = 0; i < v.argCount(); i++) {
                if (v.op() == GenericOp.Phi && !reachable.get(v.block().pred(i).id())) continue;
                mark(v.arg(i), live, work);
            }
        }
        return live;
    }

    private static void mark(Value v, BitSet live, List<Value> work) {
        if (!live.get(v.id())) {
            live.set(v.id());
            work.add(v);
        }
    }
}

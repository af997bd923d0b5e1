package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Removes nil checks of pointers already known to be non-nil on every path: pointers checked by
 * a nil check in a dominating block (or elsewhere in the same block), pointers tested non-nil by
 * a dominating branch, addresses of variables, offsets from pointers, and phis of such. As gc
 * does, pointer arithmetic (AddPtr, OffPtr) and slice pointers count as non-nil: a nil base with
 * an offset still faults on access, and a slice's pointer is used only after a bounds check.
 */
public final class NilCheckElim {
    private NilCheckElim() {}

    public static void run(Func f) {
        BitSet nonNil = alwaysNonNil(f);
        Dominators dom = Dominators.of(f);
        List<Value> removed = new ArrayList<>();
        walk(f.entry(), dom, nonNil, removed);
        for (Value v : removed) f.freeValue(v);
    }

    private static BitSet alwaysNonNil(Func f) {
        BitSet nonNil = new BitSet(f.numValues());
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() instanceof GenericOp g) {
                    switch (g) {
                        case Addr, LocalAddr, AddPtr, OffPtr, SlicePtr, SP, SB -> nonNil.set(v.id());
                        default -> { }
                    }
                }
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Value v : b.values()) {
                    if (v.op() == GenericOp.Phi && !nonNil.get(v.id()) && allNonNil(v.args(), nonNil)) {
                        nonNil.set(v.id());
                        changed = true;
                    }
                }
            }
        }
        return nonNil;
    }

    private static boolean allNonNil(List<Value> values, BitSet nonNil) {
        for (Value a : values) {
            if (!nonNil.get(a.id())) return false;
        }
        return true;
    }

    /**
     * Walks the dominator tree depth-first with the set of pointers known non-nil on entry to
     * each block; facts learned in a block are undone when its subtree is done.
     */
    private static void walk(Block root, Dominators dom, BitSet nonNil, List<Value> removed) {
        record Frame(Block b, List<Integer> learned, int nextChild) {}
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(root, enter(root, nonNil, removed), 0));
        while (!stack.isEmpty()) {
            Frame top = stack.removeLast();
            List<Block> kids = dom.children(top.b());
            if (top.nextChild() < kids.size()) {
                stack.add(new Frame(top.b(), top.learned(), top.nextChild() + 1));
                Block c = kids.get(top.nextChild());
                stack.add(new Frame(c, enter(c, nonNil, removed), 0));
            } else {
                for (int id : top.learned()) nonNil.clear(id);
            }
        }
    }

    /** Learns the facts of entering b, drops its redundant checks; returns the ids newly set. */
    private static List<Integer> enter(Block b, BitSet nonNil, List<Value> removed) {
        List<Integer> learned = new ArrayList<>();
        Value tested = nonNilOnEntry(b);
        if (tested != null && !nonNil.get(tested.id())) {
            nonNil.set(tested.id());
            learned.add(tested.id());
        }
        for (Value v : b.values()) {
            if (v.op() != GenericOp.NilCheck) continue;
            Value p = v.arg(0);
            if (nonNil.get(p.id())) {
                removed.add(v);
            } else {
                nonNil.set(p.id());
                learned.add(p.id());
            }
        }
        return learned;
    }

    /** The pointer p if b is entered only from the true branch of {@code If (IsNonNil p)}. */
    private static Value nonNilOnEntry(Block b) {
        if (b.preds().size() != 1) return null;
        Block.Edge e = b.preds().getFirst();
        Block p = e.b();
        if (p.kind() != GenericBlockKind.If || e.i() != 0) return null;
        Value c = p.control(0);
        return c.op() == GenericOp.IsNonNil ? c.arg(0) : null;
    }
}

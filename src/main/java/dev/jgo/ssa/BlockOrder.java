package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** Depth-first orders of the blocks reachable from the entry. */
public final class BlockOrder {
    private BlockOrder() {}

    /** Every block after all its successors (except along back edges); entry last. */
    public static List<Block> postorder(Func f) {
        List<Block> order = new ArrayList<>(f.blocks().size());
        BitSet seen = new BitSet(f.numBlocks());
        // An explicit stack of (block, next successor index): deep CFGs must not overflow.
        List<Block> blocks = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        seen.set(f.entry().id());
        blocks.add(f.entry());
        next.add(0);
        while (!blocks.isEmpty()) {
            int top = blocks.size() - 1;
            Block b = blocks.get(top);
            int i = next.get(top);
            if (i < b.succs().size()) {
                next.set(top, i + 1);
                Block s = b.succ(i);
                if (!seen.get(s.id())) {
                    seen.set(s.id());
                    blocks.add(s);
                    next.add(0);
                }
            } else {
                blocks.remove(top);
                next.remove(top);
                order.add(b);
            }
        }
        return order;
    }

    /**
     * Every block before all its successors except along back edges: a topological order when
     * the CFG has no loops, and the order in which forward data-flow problems converge fastest.
     */
    public static List<Block> reversePostorder(Func f) {
        List<Block> order = postorder(f);
        Collections.reverse(order);
        return order;
    }
}

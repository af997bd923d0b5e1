package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dominator tree of the blocks reachable from the entry, by the iterative algorithm of
 * Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"): intersect the
 * predecessors' dominators in reverse postorder until nothing changes. Each block also gets
 * its preorder interval in the tree, so {@link #dominates} is two comparisons.
 */
public final class Dominators {
    private final Block[] idom;
    private final int[] postNumber;
    private final List<List<Block>> children;
    private final int[] entryNum;
    private final int[] exitNum;

    private Dominators(Func f) {
        int n = f.numBlocks();
        idom = new Block[n];
        postNumber = new int[n];
        Arrays.fill(postNumber, -1);
        List<Block> post = BlockOrder.postorder(f);
        for (int i = 0; i < post.size(); i++) postNumber[post.get(i).id()] = i;
        Block entry = f.entry();
        idom[entry.id()] = entry;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = post.size() - 2; i >= 0; i--) {
                Block b = post.get(i);
                Block d = null;
                for (Block.Edge e : b.preds()) {
                    Block p = e.b();
                    if (idom[p.id()] == null) continue;
                    d = d == null ? p : intersect(d, p);
                }
                if (d != idom[b.id()]) {
                    idom[b.id()] = d;
                    changed = true;
                }
            }
        }
        idom[entry.id()] = null;
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (int i = post.size() - 1; i >= 0; i--) {
            Block b = post.get(i);
            if (idom[b.id()] != null) children.get(idom[b.id()].id()).add(b);
        }
        entryNum = new int[n];
        exitNum = new int[n];
        number(entry);
    }

    public static Dominators of(Func f) {
        return new Dominators(f);
    }

    private Block intersect(Block a, Block b) {
        while (a != b) {
            while (postNumber[a.id()] < postNumber[b.id()]) a = idom[a.id()];
            while (postNumber[b.id()] < postNumber[a.id()]) b = idom[b.id()];
        }
        return a;
    }

    /** Preorder entry and exit numbers of the tree, iteratively. */
    private void number(Block root) {
        int clock = 1;
        List<Block> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        stack.add(root);
        next.add(0);
        entryNum[root.id()] = clock++;
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            int i = next.get(top);
            List<Block> kids = children.get(b.id());
            if (i < kids.size()) {
                next.set(top, i + 1);
                Block c = kids.get(i);
                entryNum[c.id()] = clock++;
                stack.add(c);
                next.add(0);
            } else {
                exitNum[b.id()] = clock++;
                stack.remove(top);
                next.remove(top);
            }
        }
    }

    /** The immediate dominator; null for the entry and for unreachable blocks. */
    public Block idom(Block b) {
        return idom[b.id()];
    }

    /** The blocks b immediately dominates, in reverse postorder. */
    public List<Block> children(Block b) {
        return children.get(b.id());
    }

    public boolean isReachable(Block b) {
        return b.id() < postNumber.length && postNumber[b.id()] >= 0;
    }

    /** Whether a dominates b (every block dominates itself). Unreachable blocks dominate nothing. */
    public boolean dominates(Block a, Block b) {
        if (!isReachable(a) || !isReachable(b)) return false;
        return entryNum[a.id()] <= entryNum[b.id()] && exitNum[b.id()] <= exitNum[a.id()];
    }

    /** The block's position in a preorder walk of the dominator tree (dominators come first). */
    public int preorder(Block b) {
        return entryNum[b.id()];
    }
}

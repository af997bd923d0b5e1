package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.BitSet;

/**
 * Removes the blocks that only pass control on: a Plain block absorbs its successor when it is
 * that block's only way in, and an empty Plain block between a branch and its target is
 * bypassed (unless the branch already goes to that target: two edges from one branch into one
 * block would give a phi two meanings for one decision). SSA construction and decided branches
 * leave many such blocks; fewer blocks mean fewer jumps.
 */
public final class Fuse {
    private Fuse() {}

    public static void run(Func f) {
        BitSet removed = new BitSet(f.numBlocks());
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : new ArrayList<>(f.blocks())) {
                if (removed.get(b.id()) || b.kind() != GenericBlockKind.Plain) continue;
                Block c = b.succ(0);
                if (c != b && c != f.entry() && c.preds().size() == 1) {
                    b.absorb(c);
                    removed.set(c.id());
                    changed = true;
                } else if (bypassable(f, b, c)) {
                    b.bypass();
                    removed.set(b.id());
                    changed = true;
                }
            }
            f.blocks.removeIf(b -> removed.get(b.id()));
        }
    }

    private static boolean bypassable(Func f, Block b, Block c) {
        if (b == f.entry() || c == b || !b.values().isEmpty() || b.preds().size() != 1) return false;
        for (Block.Edge e : b.pred(0).succs()) {
            if (e.b() == c) return false;
        }
        return true;
    }
}

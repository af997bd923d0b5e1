package dev.jgo.ssa;

import java.util.ArrayList;

/**
 * Splits critical edges (from a block with several successors to a block with several
 * predecessors) by putting an empty Plain block on them. The register allocator needs a place
 * for the moves that feed a phi along one edge only; that place must exist on every such edge.
 */
public final class CriticalEdges {
    private CriticalEdges() {}

    public static void run(Func f) {
        for (Block b : new ArrayList<>(f.blocks())) {
            if (b.preds().size() < 2) continue;
            for (int j = 0; j < b.preds().size(); j++) {
                Block.Edge e = b.preds().get(j);
                Block p = e.b();
                if (p.succs().size() < 2) continue;
                Block d = f.newBlock(GenericBlockKind.Plain);
                d.setPos(p.pos());
                p.splice(e.i(), d);
            }
        }
    }
}

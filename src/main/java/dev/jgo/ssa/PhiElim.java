package dev.jgo.ssa;

/**
 * Turns trivial phis into copies: a phi whose arguments are all one value w, or the phi itself
 * (a loop that never changes it), is w. Repeats until no phi changes, since removing one phi can
 * make another trivial.
 */
public final class PhiElim {
    private PhiElim() {}

    public static void run(Func f) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Value v : b.values()) {
                    if (v.op() == GenericOp.Phi && eliminate(v)) changed = true;
                }
            }
        }
    }

    /** Makes a trivial phi a copy; reports whether it did. */
    static boolean eliminate(Value phi) {
        Value same = null;
        for (Value a : phi.args()) {
            Value w = a.op() == GenericOp.Copy ? CopyElim.source(a) : a;
            if (w == phi || w == same) continue;
            if (same != null) return false;
            same = w;
        }
        if (same == null) return false;
        phi.copyOf(same);
        return true;
    }
}

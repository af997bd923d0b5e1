package dev.jgo.ssa;

/**
 * Applies rules to every value and block until a fixed point. Arguments and controls are looked
 * through copies first, so rules see the real operands (gc's applyRewrite does the same).
 * Values a rule leaves unused are not removed here: dead-code removal follows.
 */
public final class Rewrite {
    private Rewrite() {}

    /** Rounds after which rules that keep firing are taken to loop: a bug in the rules. */
    private static final int MAX_ROUNDS = 1000;

    public static void run(Func f, Rules rules) {
        int rounds = 0;
        for (boolean changed = true; changed; ) {
            if (++rounds > MAX_ROUNDS) {
                throw new IllegalStateException("rewrite rules did not converge on " + f.name());
            }
            changed = false;
            for (Block b : f.blocks()) {
                for (int i = 0; i < b.controls().size(); i++) {
                    Value c = b.control(i);
                    if (c.op() == GenericOp.Copy) b.replaceControl(i, CopyElim.source(c));
                }
                changed |= rules.rewrite(b);
                // Rules may add constants to the entry block while it is being walked: index loop.
                for (int i = 0; i < b.values.size(); i++) {
                    Value v = b.values.get(i);
                    for (int j = 0; j < v.argCount(); j++) {
                        Value a = v.arg(j);
                        if (a.op() == GenericOp.Copy && a != v) {
                            Value src = CopyElim.source(a);
                            if (src != a) {
                                v.setArg(j, src);
                                changed = true;
                            }
                        }
                    }
                    changed |= rules.rewrite(v);
                }
            }
        }
    }
}

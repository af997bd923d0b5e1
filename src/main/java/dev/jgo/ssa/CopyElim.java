package dev.jgo.ssa;

/**
 * Makes every use of a Copy use the copied value instead, then removes the copies. Rewrites
 * leave copies behind ({@link Value#copyOf}); this pass is what makes them free.
 */
public final class CopyElim {
    private CopyElim() {}

    public static void run(Func f) {
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                for (int i = 0; i < v.argCount(); i++) {
                    Value a = v.arg(i);
                    if (a.op() == GenericOp.Copy) v.setArg(i, source(a));
                }
            }
            for (int i = 0; i < b.controls().size(); i++) {
                Value c = b.control(i);
                if (c.op() == GenericOp.Copy) b.replaceControl(i, source(c));
            }
        }
        // Unused copies go, and then the copies that only they used, and so on.
        for (boolean freed = true; freed; ) {
            freed = false;
            for (Block b : f.blocks()) {
                for (Value v : b.values()) {
                    if (v.op() == GenericOp.Copy && v.uses() == 0 && v.argCount() > 0) {
                        v.resetArgs();
                        freed = true;
                    }
                }
            }
        }
        for (Block b : f.blocks()) f.freeValues(b, v -> v.op() == GenericOp.Copy && v.uses() == 0);
    }

    /**
     * The value at the end of a chain of copies. A cycle of copies (possible only in unreachable
     * code) stops at the copy where it was entered.
     */
    static Value source(Value v) {
        Value w = v;
        int limit = v.block().func().numValues();
        while (w.op() == GenericOp.Copy && limit-- > 0) {
            w = w.arg(0);
            if (w == v) break;
        }
        return w;
    }
}

package dev.jgo.ssa.expand;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits phis of aggregate type (strings, slices, interfaces, complex numbers, SSA-able structs
 * and arrays of one element) into one phi per component, the phi itself becoming the make of
 * them — as gc's decompose pass does — so that after late call expansion no aggregate is left
 * for the back end. Each argument's component is selected at the end of its predecessor; the
 * expansion folds selectors of makes, loads and arguments. Component phis that are aggregates
 * themselves are split in turn. Runs before {@link ExpandCalls}.
 */
public final class DecomposePhis {
    private DecomposePhis() {}

    public static void run(Func f) {
        Deque<Value> work = new ArrayDeque<>();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.Phi && aggregate(v.type())) work.add(v);
            }
        }
        while (!work.isEmpty()) {
            Value phi = work.poll();
            Block b = phi.block();
            List<Type> parts = Leaves.componentTypes(phi.type());
            List<Value> args = new ArrayList<>(phi.args());
            List<Value> componentPhis = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Value c = b.newValue(phi.pos(), GenericOp.Phi, parts.get(i));
                for (int k = 0; k < args.size(); k++) {
                    c.addArg(Leaves.select(b.pred(k), phi.pos(), args.get(k), i, parts.get(i)));
                }
                componentPhis.add(c);
                if (aggregate(parts.get(i))) work.add(c);
            }
            phi.reset(Leaves.makeOp(phi.type()));
            for (Value c : componentPhis) phi.addArg(c);
        }
    }

    private static boolean aggregate(Type t) {
        return !Leaves.scalar(t) && SsaTypes.ssaAble(t);
    }
}

package dev.jgo.ssa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Common-subexpression elimination by partition refinement, as in gc: values start in classes
 * of equal op, type, aux, auxInt and argument count (phis also by block), and classes are split
 * until the members of each class have arguments from the same classes, position by position
 * (either order for the two arguments of a commutative op).
 * Starting from optimistic classes finds equal values even around loops (through phis). Then
 * every member is replaced by the first member (in dominator-tree preorder) whose block
 * dominates its own. Values that touch memory or have effects are left alone.
 */
public final class Cse {
    private Cse() {}

    private record Key(Op op, Object type, long auxInt, Object aux, int args, Block phiBlock) {}

    public static void run(Func f) {
        Dominators dom = Dominators.of(f);
        List<Value> candidates = new ArrayList<>();
        int[] classOf = new int[f.numValues()];
        Arrays.fill(classOf, -1);
        Map<Key, Integer> initial = new HashMap<>();
        for (Block b : f.blocks()) {
            if (!dom.isReachable(b)) continue;
            for (Value v : b.values()) {
                if (!eligible(v)) continue;
                Key k = new Key(v.op(), v.type(), v.auxInt(), v.aux(), v.argCount(),
                        v.op() == GenericOp.Phi ? b : null);
                classOf[v.id()] = initial.computeIfAbsent(k, key -> initial.size());
                candidates.add(v);
            }
        }
        int classes = refine(candidates, classOf, initial.size());
        Value[] replacement = pickRepresentatives(f, dom, candidates, classOf, classes);
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                for (int i = 0; i < v.argCount(); i++) {
                    Value r = replacement[v.arg(i).id()];
                    if (r != null) v.setArg(i, r);
                }
            }
            for (int i = 0; i < b.controls().size(); i++) {
                Value r = replacement[b.control(i).id()];
                if (r != null) b.replaceControl(i, r);
            }
        }
    }

    private static boolean eligible(Value v) {
        Op op = v.op();
        return !op.isCall() && !op.hasSideEffects() && op != GenericOp.FwdRef && op != GenericOp.InitMem
                && !SsaTypes.isMemory(v.type()) && !SsaTypes.isVoid(v.type());
    }

    /** Splits classes until members agree on their arguments' classes; returns the class count. */
    private static int refine(List<Value> values, int[] classOf, int classes) {
        for (boolean split = true; split; ) {
            split = false;
            Map<List<Integer>, Integer> signature = new HashMap<>();
            int[] next = new int[classOf.length];
            Arrays.fill(next, -1);
            for (Value v : values) {
                List<Integer> sig = new ArrayList<>(v.argCount() + 1);
                sig.add(classOf[v.id()]);
                // An argument outside every class (memory, a call) is identified by itself.
                for (Value a : v.args()) sig.add(classOf[a.id()] >= 0 ? classOf[a.id()] : -1 - a.id());
                // x op y and y op x are one computation when op is commutative.
                if (v.op().commutative() && sig.get(1) > sig.get(2)) Collections.swap(sig, 1, 2);
                next[v.id()] = signature.computeIfAbsent(sig, s -> signature.size());
            }
            if (signature.size() != classes) {
                split = true;
                classes = signature.size();
            }
            for (Value v : values) classOf[v.id()] = next[v.id()];
        }
        return classes;
    }

    private static Value[] pickRepresentatives(Func f, Dominators dom, List<Value> values, int[] classOf, int classes) {
        List<List<Value>> members = new ArrayList<>(classes);
        for (int i = 0; i < classes; i++) members.add(new ArrayList<>());
        for (Value v : values) members.get(classOf[v.id()]).add(v);
        Comparator<Value> treeOrder = Comparator.<Value>comparingInt(v -> dom.preorder(v.block()))
                .thenComparingInt(Value::id);
        Value[] replacement = new Value[f.numValues()];
        for (List<Value> cls : members) {
            if (cls.size() < 2) continue;
            cls.sort(treeOrder);
            for (int i = 1; i < cls.size(); i++) {
                Value v = cls.get(i);
                for (int j = 0; j < i; j++) {
                    Value w = cls.get(j);
                    if (replacement[w.id()] == null && dom.dominates(w.block(), v.block())) {
                        replacement[v.id()] = w;
                        break;
                    }
                }
            }
        }
        return replacement;
    }
}

package dev.jgo.ssa;

import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the invariants every pass must keep; the pass driver runs it after each pass when
 * checking is on (always in tests). A violation is a bug in jgo, reported by throwing
 * {@link IllegalStateException} with the offending value or block named.
 */
public final class Check {
    private final Func f;
    private final Map<Value, Integer> uses = new HashMap<>();

    private Check(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        new Check(f).all();
    }

    private void all() {
        List<Block> blocks = f.blocks();
        require(!blocks.isEmpty() && blocks.getFirst() == f.entry(), "the entry is not the first block");
        require(f.entry().preds().isEmpty(), "the entry " + f.entry() + " has predecessors");
        BitSet blockIds = new BitSet(), valueIds = new BitSet();
        for (Block b : blocks) {
            require(b.func() == f, b + " belongs to another function");
            require(!blockIds.get(b.id()) && b.id() < f.numBlocks(), b + " has a duplicate or unallocated id");
            blockIds.set(b.id());
            block(b);
            acyclic(b);
            for (Value v : b.values()) {
                require(!valueIds.get(v.id()) && v.id() < f.numValues(), v + " has a duplicate or unallocated id");
                valueIds.set(v.id());
                value(b, v);
            }
        }
        for (Block b : blocks) {
            for (Value v : b.values()) {
                for (Value a : v.args()) {
                    require(a.block() != null && blockIds.get(a.block().id()) && valueIds.get(a.id()),
                            v + " uses " + a + ", which is not in the function");
                }
            }
            for (Value c : b.controls()) {
                require(c.block() != null && valueIds.get(c.id()), b + " is controlled by " + c + ", not in the function");
            }
        }
        for (Block b : blocks) {
            for (Value v : b.values()) {
                int counted = uses.getOrDefault(v, 0);
                require(v.uses() == counted, v + " says it has " + v.uses() + " uses but has " + counted);
            }
        }
        dominance();
    }

    private void block(Block b) {
        BlockKind k = b.kind();
        require(b.controls().size() == k.controls(),
                b + " (" + k.name() + ") has " + b.controls().size() + " controls, wants " + k.controls());
        require(k.successors() < 0 || b.succs().size() == k.successors(),
                b + " (" + k.name() + ") has " + b.succs().size() + " successors, wants " + k.successors());
        for (int i = 0; i < b.succs().size(); i++) {
            Block.Edge e = b.succs().get(i);
            require(e.i() < e.b().preds().size() && e.b().preds().get(e.i()).equals(new Block.Edge(b, i)),
                    "edge " + b + " -> " + e.b() + " has no matching predecessor entry");
        }
        for (int j = 0; j < b.preds().size(); j++) {
            Block.Edge e = b.preds().get(j);
            require(e.i() < e.b().succs().size() && e.b().succs().get(e.i()).equals(new Block.Edge(b, j)),
                    "edge " + e.b() + " -> " + b + " has no matching successor entry");
        }
        for (Value c : b.controls()) count(c);
        if (k == GenericBlockKind.If) {
            require(SsaTypes.isBoolean(b.control(0).type()), b + " is controlled by the non-boolean " + b.control(0));
        }
        if (k == GenericBlockKind.Ret || k == GenericBlockKind.Exit) {
            Value c = b.control(0);
            require(SsaTypes.isMemory(c.type()) || c.op() == GenericOp.MakeResult,
                    b + " returns " + c + ", which is not memory");
        }
    }

    /** Only a phi may (indirectly) use itself: other values of a block form a DAG. */
    private void acyclic(Block b) {
        Map<Value, Integer> waiting = new HashMap<>();
        Map<Value, List<Value>> users = new HashMap<>();
        List<Value> ready = new ArrayList<>();
        for (Value v : b.values()) {
            int n = 0;
            if (v.op() != GenericOp.Phi) {
                for (Value a : v.args()) {
                    if (a.block() == b && a.op() != GenericOp.Phi) {
                        n++;
                        users.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
                    }
                }
            }
            waiting.put(v, n);
            if (n == 0) ready.add(v);
        }
        int done = 0;
        while (!ready.isEmpty()) {
            Value v = ready.removeLast();
            done++;
            for (Value u : users.getOrDefault(v, List.of())) {
                if (waiting.merge(u, -1, Integer::sum) == 0) ready.add(u);
            }
        }
        require(done == b.values().size(), b + " has a dependency cycle among its values");
    }

    private void value(Block b, Value v) {
        Op op = v.op();
        require(v.block() == b, v + " is listed in " + b + " but says it is in " + v.block());
        require(op != GenericOp.Invalid && op != GenericOp.FwdRef, v + " has op " + op.name());
        require(op.argLen() < 0 || v.argCount() == op.argLen(),
                v + " (" + op.name() + ") has " + v.argCount() + " args, wants " + op.argLen());
        if (op == GenericOp.Phi) {
            require(v.argCount() == b.preds().size(), v + " has " + v.argCount() + " args for "
                    + b.preds().size() + " predecessors");
        }
        for (Value a : v.args()) count(a);
        aux(v);
        result(v);
        memory(v);
    }

    /** Ops that produce memory consume the previous memory as their last argument; phis agree. */
    private void memory(Value v) {
        Op op = v.op();
        boolean producesMemory = op.result() == Op.Result.MEM || op.result() == Op.Result.RESULTS;
        if (producesMemory && op != GenericOp.InitMem && op != GenericOp.MakeResult) {
            require(v.argCount() > 0 && SsaTypes.isMemory(v.args().getLast().type()),
                    v + " (" + op.name() + ") does not take memory as its last argument");
        }
        if (op == GenericOp.Phi) {
            for (Value a : v.args()) {
                require(SsaTypes.isMemory(a.type()) == SsaTypes.isMemory(v.type()),
                        v + " mixes memory and values: argument " + a);
            }
        }
    }

    private void count(Value v) {
        uses.merge(v, 1, Integer::sum);
    }

    private void aux(Value v) {
        long c = v.auxInt();
        Object aux = v.aux();
        boolean ok = switch (v.op().auxType()) {
            case NONE -> c == 0 && aux == null;
            case BOOL -> (c == 0 || c == 1) && aux == null;
            case INT8 -> c == (byte) c && aux == null;
            case INT16 -> c == (short) c && aux == null;
            case INT32 -> c == (int) c && aux == null;
            case INT64 -> aux == null;
            case FLOAT32 -> aux == null
                    && ((double) (float) v.auxFloat() == v.auxFloat() || Double.isNaN(v.auxFloat()));
            case FLOAT64 -> aux == null;
            case STRING -> aux instanceof String && c == 0;
            case SYM -> c == 0;
            case SYM_OFF -> true;
            case TYP -> aux instanceof Type && c == 0;
            case TYP_SIZE -> aux instanceof Type && c >= 0;
            case CALL_OFF -> aux instanceof CallAux && c >= 0;
        };
        require(ok, v + " (" + v.op().name() + ") has aux " + aux + " and auxInt " + c
                + ", invalid for aux type " + v.op().auxType());
    }

    private void result(Value v) {
        Type t = v.type();
        boolean ok = switch (v.op().result()) {
            case ANY -> t != null;
            case MEM -> SsaTypes.isMemory(t);
            case VOID -> SsaTypes.isVoid(t);
            case BOOL -> SsaTypes.isBoolean(t);
            case RESULTS -> t instanceof Type.Tuple;
        };
        require(ok, v + " (" + v.op().name() + ") has the wrong type " + SsaTypes.toString(t));
    }

    /** Each argument's block dominates its use (for a phi: the matching predecessor). */
    private void dominance() {
        Dominators dom = Dominators.of(f);
        for (Block b : f.blocks()) {
            if (!dom.isReachable(b)) continue;
            for (Value v : b.values()) {
                for (int i = 0; i < v.argCount(); i++) {
                    Value a = v.arg(i);
                    Block use = v.op() == GenericOp.Phi ? b.pred(i) : b;
                    require(!dom.isReachable(use) || dom.dominates(a.block(), use),
                            a + " in " + a.block() + " does not dominate its use by " + v + " in " + use);
                }
            }
            for (Value c : b.controls()) {
                require(dom.dominates(c.block(), b), "control " + c + " does not dominate " + b);
            }
        }
    }

    private void require(boolean ok, String message) {
        if (!ok) throw new IllegalStateException("SSA check failed in " + f.name() + ": " + message);
    }
}

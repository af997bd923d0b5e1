package dev.jgo.ssa;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A basic block: values without internal control flow, ended by a {@link BlockKind} that uses
 * the control values to choose among the successors. Edges are kept in both directions with
 * the index of the reverse edge, so {@code b.succs().get(i) = (c, j)} iff
 * {@code c.preds().get(j) = (b, i)}; a Phi's arguments parallel its block's predecessors.
 */
public final class Block {
    /** One end of a CFG edge: the block at the other end and the index of the reverse edge there. */
    public record Edge(Block b, int i) {}

    /** The branch prediction of an If block. */
    public enum Likely { UNLIKELY, UNKNOWN, LIKELY }

    private final int id;
    private BlockKind kind;
    final Func func;
    final List<Value> values = new ArrayList<>();
    private final List<Edge> succs = new ArrayList<>(2);
    private final List<Edge> preds = new ArrayList<>(2);
    private final List<Value> controls = new ArrayList<>(1);
    private Likely likely = Likely.UNKNOWN;
    private Pos pos = Pos.NONE;

    Block(int id, BlockKind kind, Func func) {
        this.id = id;
        this.kind = kind;
        this.func = func;
    }

    public int id() { return id; }
    public BlockKind kind() { return kind; }
    public Func func() { return func; }
    /** The values, read-only and in no particular order until scheduling. */
    public List<Value> values() { return Collections.unmodifiableList(values); }
    public List<Edge> succs() { return Collections.unmodifiableList(succs); }
    public List<Edge> preds() { return Collections.unmodifiableList(preds); }
    public Block succ(int i) { return succs.get(i).b(); }
    public Block pred(int i) { return preds.get(i).b(); }
    public List<Value> controls() { return Collections.unmodifiableList(controls); }
    public Value control(int i) { return controls.get(i); }
    public Likely likely() { return likely; }
    public Pos pos() { return pos; }

    public void setLikely(Likely likely) { this.likely = likely; }
    public void setPos(Pos pos) { this.pos = pos; }

    /** Changes the kind and drops the controls. */
    public void reset(BlockKind kind) {
        this.kind = kind;
        resetControls();
    }

    public void setControl(Value v) {
        resetControls();
        addControl(v);
    }

    public void addControl(Value v) {
        v.uses++;
        controls.add(v);
    }

    /** Replaces control i by v (keeps use counts right). */
    public void replaceControl(int i, Value v) {
        controls.get(i).uses--;
        v.uses++;
        controls.set(i, v);
    }

    public void resetControls() {
        for (Value c : controls) c.uses--;
        controls.clear();
    }

    public Value newValue(Pos pos, Op op, Type type, Value... args) {
        return newValue(pos, op, type, 0, null, args);
    }

    public Value newValue(Pos pos, Op op, Type type, long auxInt, Object aux, Value... args) {
        Value v = new Value(func.nextValueId(), op, type, auxInt, aux, this, pos);
        v.addArgs(args);
        values.add(v);
        return v;
    }

    /** Adds the edge this → c. */
    public void addEdgeTo(Block c) {
        int i = succs.size();
        int j = c.preds.size();
        succs.add(new Edge(c, j));
        c.preds.add(new Edge(this, i));
    }

    /**
     * Removes the edge to successor i, together with the matching predecessor of the target and
     * the matching argument of the target's phis.
     */
    public void removeEdge(int i) {
        Edge e = succs.get(i);
        Block c = e.b();
        int j = e.i();
        removeSucc(i);
        c.removePred(j);
        for (Value v : c.values) {
            if (v.op() == GenericOp.Phi) v.removeArg(j);
        }
    }

    /** Swaps successors 0 and 1 (an If's branches), inverting the likely hint. */
    public void swapSuccessors() {
        Edge e0 = succs.get(0), e1 = succs.get(1);
        succs.set(0, e1);
        succs.set(1, e0);
        e1.b().preds.set(e1.i(), new Edge(this, 0));
        e0.b().preds.set(e0.i(), new Edge(this, 1));
        likely = switch (likely) {
            case LIKELY -> Likely.UNLIKELY;
            case UNLIKELY -> Likely.LIKELY;
            case UNKNOWN -> Likely.UNKNOWN;
        };
    }

    /**
     * Puts the empty block d on the edge to successor i: this → c becomes this → d → c. Edge
     * indices at both ends stay the same, so phis in c keep their argument order.
     */
    void splice(int i, Block d) {
        Edge e = succs.get(i);
        Block c = e.b();
        succs.set(i, new Edge(d, 0));
        d.preds.add(new Edge(this, i));
        d.succs.add(new Edge(c, e.i()));
        c.preds.set(e.i(), new Edge(d, 0));
    }

    /**
     * Merges c, this block's only successor and whose only predecessor this is, into this
     * block: c's values (its phis, which have one argument, become copies), kind, controls,
     * hint and successor edges (with their indices) move here. c is left empty and unlinked.
     */
    void absorb(Block c) {
        for (Value v : c.values) {
            if (v.op() == GenericOp.Phi) v.copyOf(v.arg(0));
            v.block = this;
            values.add(v);
        }
        c.values.clear();
        reset(c.kind);
        for (Value ctl : c.controls) addControl(ctl);
        c.resetControls();
        likely = c.likely;
        succs.clear();
        c.preds.clear();
        for (int k = 0; k < c.succs.size(); k++) {
            Edge e = c.succs.get(k);
            succs.add(e);
            e.b().preds.set(e.i(), new Edge(this, k));
        }
        c.succs.clear();
    }

    /**
     * Unlinks this empty block, which has one predecessor p and one successor c: p goes
     * straight to c, through the same edge indices, so c's phis keep their arguments.
     */
    void bypass() {
        Edge in = preds.getFirst(), out = succs.getFirst();
        in.b().succs.set(in.i(), out);
        out.b().preds.set(out.i(), in);
        preds.clear();
        succs.clear();
    }

    /** Removes successor entry i only; the caller fixes the other end. */
    void removeSucc(int i) {
        succs.remove(i);
        renumberSuccs(i);
    }

    /** Removes predecessor entry j only; the caller fixes the other end and the phis. */
    void removePred(int j) {
        preds.remove(j);
        for (int k = j; k < preds.size(); k++) {
            Edge e = preds.get(k);
            e.b().succs.set(e.i(), new Edge(this, k));
        }
    }

    private void renumberSuccs(int from) {
        for (int k = from; k < succs.size(); k++) {
            Edge e = succs.get(k);
            e.b().preds.set(e.i(), new Edge(this, k));
        }
    }

    @Override
    public String toString() {
        return "b" + id;
    }

    /** The block's last line in a dump: {@code If v5 -> b2 b3 (likely)}. */
    public String longString() {
        StringBuilder sb = new StringBuilder(kind.name());
        for (Value c : controls) sb.append(' ').append(c);
        if (!succs.isEmpty()) {
            sb.append(" ->");
            for (Edge e : succs) sb.append(' ').append(e.b());
        }
        if (likely == Likely.LIKELY) sb.append(" (likely)");
        if (likely == Likely.UNLIKELY) sb.append(" (unlikely)");
        return sb.toString();
    }
}

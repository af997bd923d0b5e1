package dev.jgo.ssa;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One function in SSA form: its blocks (entry first), and the allocators of value and block ids.
 * Ids are never reused, so an id indexes side tables sized by {@link #numValues()} or
 * {@link #numBlocks()}. Constants made by passes are shared through a cache and live in the
 * entry block, as in gc.
 */
public final class Func {
    private final String name;
    private final Type type;
    final List<Block> blocks = new ArrayList<>();
    private Block entry;
    private int nextValue = 1;
    private int nextBlock = 1;
    private final Map<ConstKey, Value> constants = new HashMap<>();

    private record ConstKey(Op op, Type type, long auxInt) {}

    public Func(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    public String name() { return name; }
    /** The function's Go type (a Signature), printed in the dump header. */
    public Type type() { return type; }
    /** The blocks, read-only; their order is the layout order once layout has run. */
    public List<Block> blocks() { return Collections.unmodifiableList(blocks); }
    public Block entry() { return entry; }
    /** One more than the largest value id handed out. */
    public int numValues() { return nextValue; }
    /** One more than the largest block id handed out. */
    public int numBlocks() { return nextBlock; }

    int nextValueId() {
        return nextValue++;
    }

    /** A new block, appended to the block list; the first one made is the entry. */
    public Block newBlock(BlockKind kind) {
        Block b = new Block(nextBlock++, kind, this);
        blocks.add(b);
        if (entry == null) entry = b;
        return b;
    }

    /** Detaches an unused value from its block; nothing may refer to it afterwards. */
    void freeValue(Value v) {
        v.resetArgs();
        v.block.values.remove(v);
        detach(v);
    }

    /**
     * Frees the values of b that doom selects, in one sweep of the block (freeing many values one
     * by one would be quadratic). Their arguments must have been dropped already.
     */
    void freeValues(Block b, Predicate<Value> doom) {
        b.values.removeIf(v -> {
            if (!doom.test(v)) return false;
            detach(v);
            return true;
        });
    }

    private static void detach(Value v) {
        if (v.uses != 0) throw new IllegalStateException(v + " freed while used " + v.uses + " times");
        v.block = null;
        v.reset(GenericOp.Invalid);
    }

    /** The integer constant c of type t (its width chooses Const8..Const64). */
    public Value constInt(Pos pos, Type t, long c) {
        GenericOp op = switch ((int) Sizes.sizeof(t)) {
            case 1 -> GenericOp.Const8;
            case 2 -> GenericOp.Const16;
            case 4 -> GenericOp.Const32;
            default -> GenericOp.Const64;
        };
        return constant(pos, op, t, IntFold.normalize(c, op.bits()));
    }

    public Value constBool(Pos pos, Type t, boolean c) {
        return constant(pos, GenericOp.ConstBool, t, c ? 1 : 0);
    }

    /** A constant op with the given auxInt, shared with earlier requests while it is live. */
    public Value constant(Pos pos, Op op, Type t, long auxInt) {
        ConstKey key = new ConstKey(op, t, auxInt);
        Value v = constants.get(key);
        if (v == null || v.block() == null || v.op() != op || v.auxInt() != auxInt || v.type() != t) {
            v = entry.newValue(pos, op, t, auxInt, null);
            constants.put(key, v);
        }
        return v;
    }

    /** The whole function in dump format (handy in a debugger). */
    @Override
    public String toString() {
        return Printer.print(this);
    }
}

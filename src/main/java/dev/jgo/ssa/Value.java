package dev.jgo.ssa;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One SSA value: the result of applying an {@link Op} to argument values. Values are mutable:
 * passes rewrite them in place (a rewrite keeps the value's identity, so its uses see the new
 * meaning without being visited). Use counts (arguments and block controls) are maintained by
 * every mutator here, which is what lets dead-code removal and the checker trust them.
 */
public final class Value {
    private final int id;
    private Op op;
    private Type type;
    private long auxInt;
    private Object aux;
    private final List<Value> args = new ArrayList<>(2);
    private final List<Value> argsView = Collections.unmodifiableList(args);
    Block block;
    private final Pos pos;
    int uses;

    Value(int id, Op op, Type type, long auxInt, Object aux, Block block, Pos pos) {
        this.id = id;
        this.op = op;
        this.type = type;
        this.auxInt = auxInt;
        this.aux = aux;
        this.block = block;
        this.pos = pos;
    }

    public int id() { return id; }
    public Op op() { return op; }
    public Type type() { return type; }
    public long auxInt() { return auxInt; }
    public Object aux() { return aux; }
    /** The arguments, read-only: change them through the mutators below. */
    public List<Value> args() { return argsView; }
    public Value arg(int i) { return args.get(i); }
    public int argCount() { return args.size(); }
    /** The block holding the value; null once the value has been freed. */
    public Block block() { return block; }
    public Pos pos() { return pos; }
    /** How many arguments and block controls refer to this value. */
    public int uses() { return uses; }

    public void setType(Type type) { this.type = type; }
    public void setAuxInt(long auxInt) { this.auxInt = auxInt; }
    public void setAux(Object aux) { this.aux = aux; }

    /** The auxInt of a float constant as a double. */
    public double auxFloat() {
        return Double.longBitsToDouble(auxInt);
    }

    public void addArg(Value w) {
        w.uses++;
        args.add(w);
    }

    public void addArgs(Value... ws) {
        for (Value w : ws) addArg(w);
    }

    public void setArg(int i, Value w) {
        args.get(i).uses--;
        w.uses++;
        args.set(i, w);
    }

    public void removeArg(int i) {
        args.remove(i).uses--;
    }

    public void resetArgs() {
        for (Value a : args) a.uses--;
        args.clear();
    }

    /** Turns the value into a fresh op with no arguments and no aux (same id, type and block). */
    public void reset(Op op) {
        this.op = op;
        resetArgs();
        auxInt = 0;
        aux = null;
    }

    /** Makes this value a Copy of w: the canonical way for a rewrite to say "v is w". */
    public void copyOf(Value w) {
        if (this == w) return;
        reset(GenericOp.Copy);
        addArg(w);
    }

    @Override
    public String toString() {
        return "v" + id;
    }

    /** The dump line without the position: {@code v3 = Add64 <int> v1 v2}. */
    public String longString() {
        StringBuilder sb = new StringBuilder();
        sb.append(this).append(" = ").append(op.name()).append(" <").append(typeString()).append('>');
        sb.append(auxString());
        for (Value a : args) sb.append(' ').append(a);
        return sb.toString();
    }

    private String typeString() {
        String s = SsaTypes.toString(type);
        if (op.result() != Op.Result.RESULTS) return s;
        return s.equals("()") ? "mem" : s.substring(0, s.length() - 1) + ",mem)";
    }

    private String auxString() {
        return switch (op.auxType()) {
            case NONE -> "";
            case BOOL -> auxInt == 0 ? " [false]" : " [true]";
            case INT8, INT16, INT32, INT64 -> " [" + auxInt + "]";
            case FLOAT32, FLOAT64 -> " [" + Printer.goFloat(auxFloat()) + "]";
            case STRING -> " {" + (aux instanceof String str ? Printer.goQuote(str) : aux) + "}";
            case SYM, TYP -> aux == null ? "" : " {" + Printer.auxName(aux) + "}";
            case SYM_OFF, TYP_SIZE, CALL_OFF ->
                    (aux == null ? "" : " {" + Printer.auxName(aux) + "}") + (auxInt == 0 ? "" : " [" + auxInt + "]");
        };
    }
}

package dev.jgo.ssa;

import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.constant.Value.Str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Writes a Func in gc's dump format:
 * <pre>
 * f func(int) int
 *   b1:
 *     v1 (?) = InitMem &lt;mem&gt;
 *     v3 (5) = Add64 &lt;int&gt; v2 v2
 *     Ret v1
 * </pre>
 * Each block lists its phis first, then the other values with arguments from the same block
 * before their uses (so the text is readable before scheduling), then its end. The number in
 * parentheses is the value's source line, "?" when unknown.
 */
public final class Printer {
    private Printer() {}

    public static String print(Func f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.name());
        if (f.type() != null) sb.append(' ').append(SsaTypes.toString(f.type()));
        sb.append('\n');
        for (Block b : f.blocks()) block(sb, b);
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block b) {
        sb.append("  ").append(b).append(':');
        if (!b.preds().isEmpty()) {
            sb.append(" <-");
            for (Block.Edge e : b.preds()) sb.append(' ').append(e.b());
        }
        sb.append('\n');
        for (Value v : dependencyOrder(b)) {
            sb.append("    (").append(v.pos().isKnown() ? String.valueOf(v.pos().line()) : "?").append(") ");
            sb.append(v.longString()).append('\n');
        }
        sb.append("    ").append(b.longString()).append('\n');
    }

    /**
     * Phis, then each value after its same-block arguments (a depth-first walk from each value
     * in block order, so linear in the block's size). In a cycle, which only a broken function
     * has, a value may come before an argument.
     */
    private static List<Value> dependencyOrder(Block b) {
        List<Value> out = new ArrayList<>(b.values().size());
        BitSet placed = new BitSet();
        for (Value v : b.values()) {
            if (v.op() == GenericOp.Phi) {
                out.add(v);
                placed.set(v.id());
            }
        }
        BitSet onStack = new BitSet();
        List<Value> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (Value root : b.values()) {
            if (placed.get(root.id())) continue;
            stack.add(root);
            next.add(0);
            onStack.set(root.id());
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                Value v = stack.get(top);
                int i = next.get(top);
                if (i < v.argCount()) {
                    next.set(top, i + 1);
                    Value a = v.arg(i);
                    if (a.block() == b && !placed.get(a.id()) && !onStack.get(a.id())) {
                        stack.add(a);
                        next.add(0);
                        onStack.set(a.id());
                    }
                } else {
                    stack.remove(top);
                    next.remove(top);
                    onStack.clear(v.id());
                    placed.set(v.id());
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** How an aux prints inside braces: a type as in dumps, a Go object by its name. */
    static String auxName(Object aux) {
        return switch (aux) {
            case Type t -> SsaTypes.toString(t);
            case Obj o -> o.name();
            default -> String.valueOf(aux);
        };
    }

    /** A Go string (one char per byte) in Go's quoted form. */
    static String goQuote(String bytes) {
        return new Str(bytes).exactString();
    }

    /** A float as Go's %g prints it: shortest digits, exponent form below 1e-4 and from 1e6. */
    static String goFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        if (d == 0) return 1 / d < 0 ? "-0" : "0";
        BigDecimal x = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = x.precision() - x.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String digits = x.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.format("%02d", Math.abs(exp));
            return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
        }
        return x.toPlainString();
    }
}

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

    /** Phis, then values whose same-block arguments came earlier; a cycle keeps block order. */
    private static List<Value> dependencyOrder(Block b) {
        List<Value> out = new ArrayList<>(b.values().size());
        BitSet printed = new BitSet();
        for (Value v : b.values()) {
            if (v.op() == GenericOp.Phi) {
                out.add(v);
                printed.set(v.id());
            }
        }
        while (out.size() < b.values().size()) {
            int before = out.size();
            for (Value v : b.values()) {
                if (!printed.get(v.id()) && argsPrinted(v, b, printed)) {
                    out.add(v);
                    printed.set(v.id());
                }
            }
            if (out.size() == before) {
                for (Value v : b.values()) {
                    if (!printed.get(v.id())) {
                        out.add(v);
                        printed.set(v.id());
                    }
                }
            }
        }
        return out;
    }

    private static boolean argsPrinted(Value v, Block b, BitSet printed) {
        for (Value a : v.args()) {
            if (a.block() == b && !printed.get(a.id())) return false;
        }
        return true;
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

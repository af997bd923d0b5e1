package dev.jgo.ssa;

import dev.jgo.ssa.GenericOp.Family;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small SSA interpreter for generic integer code, written independently of the folding code
 * under test: arithmetic is exact (BigInteger) and then reduced to the op's width. Arguments are
 * bound by their aux name; SP is address 0; the result is the heap the stores leave behind.
 * Division by zero yields 0 here (the front end guards real divisions with explicit checks).
 */
final class Interp {
    private final Map<String, Long> args;
    private final Map<Value, Long> env = new HashMap<>();
    private final TreeMap<Long, Long> heap = new TreeMap<>();

    private Interp(Map<String, Long> args) {
        this.args = args;
    }

    /** Runs f to its Ret and returns the stored values by address. */
    static TreeMap<Long, Long> run(Func f, Map<String, Long> args) {
        Interp in = new Interp(args);
        Block b = f.entry();
        int from = -1;
        for (int steps = 0; steps < 10_000; steps++) {
            in.enter(b, from);
            Block next = switch ((GenericBlockKind) b.kind()) {
                case Plain, First -> b.succ(0);
                case If -> b.succ(in.env.get(b.control(0)) != 0 ? 0 : 1);
                case Ret -> null;
                default -> throw new IllegalStateException("cannot interpret " + b.kind().name());
            };
            if (next == null) return in.heap;
            int edge = b.kind() == GenericBlockKind.If && in.env.get(b.control(0)) == 0 ? 1 : 0;
            from = b.succs().get(edge).i();
            b = next;
        }
        throw new IllegalStateException("no Ret within 10000 blocks");
    }

    private void enter(Block b, int from) {
        Map<Value, Long> phis = new HashMap<>();
        for (Value v : b.values()) {
            if (v.op() == GenericOp.Phi) phis.put(v, env.get(v.arg(from)));
        }
        env.putAll(phis);
        int done = phis.size();
        Set<Value> evaluated = new HashSet<>(phis.keySet());
        while (done < b.values().size()) {
            int before = done;
            for (Value v : b.values()) {
                if (evaluated.contains(v) || !ready(v, b, evaluated)) continue;
                env.put(v, eval(v));
                evaluated.add(v);
                done++;
            }
            if (done == before) throw new IllegalStateException("dependency cycle in " + b);
        }
    }

    private static boolean ready(Value v, Block b, Set<Value> evaluated) {
        for (Value a : v.args()) {
            if (a.block() == b && !evaluated.contains(a)) return false;
        }
        return true;
    }

    private long arg(Value v, int i) {
        Long x = env.get(v.arg(i));
        if (x == null) throw new IllegalStateException(v + " reads " + v.arg(i) + " before it is computed");
        return x;
    }

    private long eval(Value v) {
        GenericOp op = (GenericOp) v.op();
        switch (op) {
            case InitMem, SP -> { return 0; }
            case Arg -> { return args.get((String) v.aux()); }
            case Copy -> { return arg(v, 0); }
            case ConstBool -> { return v.auxInt(); }
            case OffPtr -> { return arg(v, 0) + v.auxInt(); }
            case Store -> {
                heap.put(arg(v, 0), arg(v, 1));
                return 0;
            }
            case Not -> { return 1 - arg(v, 0); }
            case EqB -> { return arg(v, 0) == arg(v, 1) ? 1 : 0; }
            case NeqB -> { return arg(v, 0) != arg(v, 1) ? 1 : 0; }
            case AndB -> { return arg(v, 0) & arg(v, 1); }
            case OrB -> { return arg(v, 0) | arg(v, 1); }
            default -> { }
        }
        int w = op.bits();
        if (op.family() == Family.CONST) return v.auxInt();
        BigInteger x = signed(arg(v, 0), sourceBits(op));
        BigInteger ux = unsigned(arg(v, 0), sourceBits(op));
        if (op.argLen() == 1) {
            return switch (op.family()) {
                case NEG -> wrap(x.negate(), w);
                case COM -> wrap(x.not(), w);
                case SIGN_EXT, TRUNC -> wrap(x, w);
                case ZERO_EXT -> wrap(ux, w);
                default -> throw new IllegalStateException("cannot interpret " + op);
            };
        }
        int yBits = op.bits2() != 0 ? op.bits2() : w;
        BigInteger y = signed(arg(v, 1), yBits);
        BigInteger uy = unsigned(arg(v, 1), yBits);
        return switch (op.family()) {
            case ADD -> wrap(x.add(y), w);
            case SUB -> wrap(x.subtract(y), w);
            case MUL -> wrap(x.multiply(y), w);
            case AND -> wrap(x.and(y), w);
            case OR -> wrap(x.or(y), w);
            case XOR -> wrap(x.xor(y), w);
            case DIV -> y.signum() == 0 ? 0 : wrap(x.divide(y), w);
            case MOD -> y.signum() == 0 ? 0 : wrap(x.remainder(y), w);
            case DIVU -> uy.signum() == 0 ? 0 : wrap(ux.divide(uy), w);
            case MODU -> uy.signum() == 0 ? 0 : wrap(ux.remainder(uy), w);
            case LSH -> wrap(ux.shiftLeft(uy.min(BigInteger.valueOf(w)).intValue()), w);
            case RSH -> wrap(x.shiftRight(uy.min(BigInteger.valueOf(w)).intValue()), w);
            case RSHU -> wrap(ux.shiftRight(uy.min(BigInteger.valueOf(w)).intValue()), w);
            case EQ -> x.equals(y) ? 1 : 0;
            case NEQ -> x.equals(y) ? 0 : 1;
            case LESS -> x.compareTo(y) < 0 ? 1 : 0;
            case LEQ -> x.compareTo(y) <= 0 ? 1 : 0;
            case LESSU -> ux.compareTo(uy) < 0 ? 1 : 0;
            case LEQU -> ux.compareTo(uy) <= 0 ? 1 : 0;
            default -> throw new IllegalStateException("cannot interpret " + op);
        };
    }

    /** The width of arg0: the source width for conversions, else the op's width. */
    private static int sourceBits(GenericOp op) {
        return switch (op.family()) {
            case SIGN_EXT, ZERO_EXT, TRUNC -> op.bits2();
            default -> op.bits();
        };
    }

    private static BigInteger unsigned(long x, int bits) {
        return new BigInteger(Long.toUnsignedString(x)).mod(BigInteger.TWO.pow(bits));
    }

    private static BigInteger signed(long x, int bits) {
        BigInteger u = unsigned(x, bits);
        return u.testBit(bits - 1) ? u.subtract(BigInteger.TWO.pow(bits)) : u;
    }

    /** x reduced to bits bits, sign-extended into a long. */
    private static long wrap(BigInteger x, int bits) {
        return signed(x.mod(BigInteger.TWO.pow(64)).longValue(), bits).longValue();
    }
}

package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random expressions printed by one program each and compared with gc: integers of every
 * width (wrap-around arithmetic, division including MinInt / -1, shifts by counts of every
 * width including counts of at least the width, complements, conversions, comparisons) and
 * floats (arithmetic in each precision, conversions to and from integers, infinities, NaN,
 * comparisons). The operands are locals initialized with constants, so the optimized run checks
 * opt's constant folding and the -N run the ops themselves.
 */
class RandomExpressionsTest {
    private static final List<String> INTS = List.of("int8", "int16", "int32", "int64", "uint8", "uint16",
            "uint32", "uint64", "int", "uint", "uintptr");
    private static final List<String> FLOATS = List.of("float32", "float64");
    private static final int VARS_PER_TYPE = 4;

    private record Gen(String text, boolean constant) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void integerExpressionsPrintWhatGcPrints(long seed) {
        check(program(INTS, new Random(seed), this::intExpr));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void floatExpressionsPrintWhatGcPrints(long seed) {
        check(program(FLOATS, new Random(seed), this::floatExpr));
    }

    private interface ExprGen {
        Gen gen(String type, int depth, Random r);
    }

    private static void check(String src) {
        Optional<String> want = GoRun.output(src);
        Assumptions.assumeTrue(want.isPresent(), "go 1.19 is not installed");
        assertEquals(want.get(), new SsaInterp(Programs.build(src, false)).run(), "as built (-N)\n" + src);
        assertEquals(want.get(), new SsaInterp(Programs.build(src, true)).run(), "after the passes\n" + src);
    }

    /** Locals of every type (integers too: floats convert from them), then 250 printed expressions. */
    private static String program(List<String> types, Random r, ExprGen gen) {
        StringBuilder src = new StringBuilder("package main\n\nfunc main() {\n\tzero := 0.0\n\t_ = zero\n");
        for (String t : concat(INTS, FLOATS)) {
            for (int i = 0; i < VARS_PER_TYPE; i++) {
                String init = t.startsWith("float") && r.nextInt(6) == 0 ? pick(List.of("zero / zero", "1 / zero", "-1 / zero"), r) : t + "(" + interesting(t, r) + ")";
                src.append("\t").append(var(t, i)).append(" := ").append(t.startsWith("float") && init.contains("zero") ? t + "(" + init + ")" : init).append("\n");
                src.append("\t_ = ").append(var(t, i)).append("\n");
            }
        }
        for (int i = 0; i < 250; i++) {
            String t = pick(types, r);
            if (r.nextInt(5) == 0) {
                String op = pick(List.of("==", "!=", "<", "<=", ">", ">="), r);
                src.append("\tprintln(").append(gen.gen(t, 3, r).text()).append(" ").append(op).append(" ").append(gen.gen(t, 2, r).text()).append(")\n");
            } else {
                src.append("\tprintln(").append(gen.gen(t, 4, r).text()).append(")\n");
            }
        }
        return src.append("}\n").toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String var(String t, int i) {
        return "v_" + t + "_" + i;
    }

    private static <T> T pick(List<T> xs, Random r) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** An integer expression of type t; constant subexpressions never overflow (gc rejects that). */
    private Gen intExpr(String t, int depth, Random r) {
        if (depth <= 0 || r.nextInt(4) == 0) return leaf(t, r, true);
        Gen x = nonConst(t, depth - 1, r, this::intExpr);
        return switch (r.nextInt(8)) {
            case 0, 1 -> new Gen("(" + x.text() + " " + pick(List.of("+", "-", "*", "&", "|", "^", "&^"), r) + " " + intExpr(t, depth - 1, r).text() + ")", false);
            case 2 -> new Gen("(" + x.text() + " " + pick(List.of("/", "%"), r) + " (" + intExpr(t, depth - 1, r).text() + " | 1))", false);
            case 3, 4 -> new Gen("(" + x.text() + " " + pick(List.of("<<", ">>"), r) + " (" + intExpr(pick(INTS, r), depth - 2, r).text() + " & 127))", false);
            case 5 -> new Gen("(" + pick(List.of("-", "^"), r) + x.text() + ")", false);
            default -> new Gen(t + "(" + nonConst(pick(INTS, r), depth - 1, r, this::intExpr).text() + ")", false);
        };
    }

    /**
     * A float expression of type t; divisors are never constants (a constant zero is an error)
     * and float-to-integer conversions come back to t through the integer.
     */
    private Gen floatExpr(String t, int depth, Random r) {
        if (depth <= 0 || r.nextInt(4) == 0) return leaf(t, r, true);
        Gen x = nonConst(t, depth - 1, r, this::floatExpr);
        return switch (r.nextInt(7)) {
            case 0, 1 -> new Gen("(" + x.text() + " " + pick(List.of("+", "-", "*"), r) + " " + floatExpr(t, depth - 1, r).text() + ")", false);
            case 2 -> new Gen("(" + floatExpr(t, depth - 1, r).text() + " / " + x.text() + ")", false);
            case 3 -> new Gen("(-" + x.text() + ")", false);
            case 4 -> new Gen(t + "(" + nonConst(pick(FLOATS, r), depth - 1, r, this::floatExpr).text() + ")", false);
            case 5 -> new Gen(t + "(" + leaf(pick(INTS, r), r, false).text() + ")", false);
            default -> new Gen(t + "(" + pick(INTS, r) + "(" + x.text() + "))", false);
        };
    }

    private static Gen nonConst(String t, int depth, Random r, ExprGen gen) {
        Gen g = depth <= 0 ? leaf(t, r, false) : gen.gen(t, depth, r);
        return g.constant() ? leaf(t, r, false) : g;
    }

    private static Gen leaf(String t, Random r, boolean constantAllowed) {
        if (constantAllowed && r.nextInt(4) == 0) return new Gen(t + "(" + interesting(t, r) + ")", true);
        return new Gen(var(t, r.nextInt(VARS_PER_TYPE)), false);
    }

    /** Boundary values and small or random ones, in range for t. */
    private static String interesting(String t, Random r) {
        if (t.startsWith("float")) {
            List<String> common = List.of("0", "1.5", "-2.25", "0.1", "123456789.125", "-0.5", "4294967296.5", "9.3e18", "-3e9");
            return pick(concat(common, t.equals("float32") ? List.of("3e38", "-1e-30") : List.of("-1e300", "1e-300")), r);
        }
        int bits = switch (t) {
            case "int8", "uint8" -> 8;
            case "int16", "uint16" -> 16;
            case "int32", "uint32" -> 32;
            default -> 64;
        };
        boolean signed = !t.startsWith("u");
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger v = switch (r.nextInt(7)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> signed ? BigInteger.ONE.negate() : BigInteger.ONE;
            case 3 -> BigInteger.ZERO;
            case 4 -> BigInteger.valueOf(r.nextInt(17) - (signed ? 8 : 0));
            default -> new BigInteger(bits, r).add(min).min(max);
        };
        return v.toString();
    }
}

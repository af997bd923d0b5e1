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
 * Random integer expressions over every width — arithmetic with wrap-around, division
 * (including MinInt / -1), shifts by counts of every width (including counts of at least the
 * width), complements, conversions and comparisons — printed by one program and compared with
 * gc. The operands are locals initialized with constants, so the optimized run checks the
 * constant folding of opt and the -N run the ops themselves.
 */
class IntegerExpressionsTest {
    private static final List<String> TYPES = List.of("int8", "int16", "int32", "int64", "uint8", "uint16",
            "uint32", "uint64", "int", "uint", "uintptr");
    private static final int VARS_PER_TYPE = 4;

    private record Gen(String text, boolean constant) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomExpressionsPrintWhatGcPrints(long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("package main\n\nfunc main() {\n");
        for (String t : TYPES) {
            for (int i = 0; i < VARS_PER_TYPE; i++) src.append("\t").append(var(t, i)).append(" := ").append(t).append("(").append(interesting(t, r)).append(")\n");
            for (int i = 0; i < VARS_PER_TYPE; i++) src.append("\t_ = ").append(var(t, i)).append("\n");
        }
        for (int i = 0; i < 250; i++) {
            String t = pick(TYPES, r);
            if (r.nextInt(5) == 0) {
                String op = pick(List.of("==", "!=", "<", "<=", ">", ">="), r);
                src.append("\tprintln(").append(expr(t, 3, r).text()).append(" ").append(op).append(" ").append(expr(t, 2, r).text()).append(")\n");
            } else {
                src.append("\tprintln(").append(expr(t, 4, r).text()).append(")\n");
            }
        }
        src.append("}\n");
        Optional<String> want = GoRun.output(src.toString());
        Assumptions.assumeTrue(want.isPresent(), "go 1.19 is not installed");
        assertEquals(want.get(), new SsaInterp(Programs.build(src.toString(), false)).run(), "as built (-N)\n" + src);
        assertEquals(want.get(), new SsaInterp(Programs.build(src.toString(), true)).run(), "after the passes\n" + src);
    }

    private static String var(String t, int i) {
        return "v_" + t + "_" + i;
    }

    private static <T> T pick(List<T> xs, Random r) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** An expression of type t; constant subexpressions never overflow (gc rejects that). */
    private static Gen expr(String t, int depth, Random r) {
        if (depth == 0 || r.nextInt(4) == 0) return leaf(t, r, true);
        Gen x = nonConst(t, depth - 1, r);
        return switch (r.nextInt(8)) {
            case 0, 1 -> {
                Gen y = expr(t, depth - 1, r);
                yield new Gen("(" + x.text() + " " + pick(List.of("+", "-", "*", "&", "|", "^", "&^"), r) + " " + y.text() + ")", false);
            }
            case 2 -> new Gen("(" + x.text() + " " + pick(List.of("/", "%"), r) + " (" + expr(t, depth - 1, r).text() + " | 1))", false);
            case 3, 4 -> {
                String ct = pick(TYPES, r);
                yield new Gen("(" + x.text() + " " + pick(List.of("<<", ">>"), r) + " (" + expr(ct, depth - 2, r).text() + " & 127))", false);
            }
            case 5 -> new Gen("(" + pick(List.of("-", "^"), r) + x.text() + ")", false);
            default -> new Gen(t + "(" + nonConst(pick(TYPES, r), depth - 1, r).text() + ")", false);
        };
    }

    private static Gen nonConst(String t, int depth, Random r) {
        Gen g = depth <= 0 ? leaf(t, r, false) : expr(t, depth, r);
        return g.constant() ? leaf(t, r, false) : g;
    }

    private static Gen leaf(String t, Random r, boolean constantAllowed) {
        if (constantAllowed && r.nextInt(4) == 0) return new Gen(t + "(" + interesting(t, r) + ")", true);
        return new Gen(var(t, r.nextInt(VARS_PER_TYPE)), false);
    }

    /** Boundary values and small or random ones, in range for t. */
    private static String interesting(String t, Random r) {
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

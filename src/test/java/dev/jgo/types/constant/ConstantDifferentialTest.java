package dev.jgo.types.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.syntax.Token;
import dev.jgo.testing.GoOracle;
import dev.jgo.types.constant.ConstExprGenerator.Expr;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares jgo's constant arithmetic with gc on a few hundred random constant expressions
 * (fixed seed): the values gc prints in its error messages (exact integers, six-digit floats,
 * quoted strings, booleans), and, from a running program, the float64/float32 bits every
 * number converts to and the bytes of every string; and gc's overflow verdicts for literals at
 * the edge of float32 and float64.
 */
class ConstantDifferentialTest {
    private static final List<Expr> EXPRS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        ConstExprGenerator gen = new ConstExprGenerator(20240519L);
        for (int i = 0; i < 120; i++) EXPRS.add(gen.integer(1 + i % 4));
        for (int i = 0; i < 100; i++) EXPRS.add(gen.floating(1 + i % 4));
        for (int i = 0; i < 40; i++) EXPRS.add(gen.complex(1 + i % 3));
        for (int i = 0; i < 50; i++) EXPRS.add(gen.string(i % 4));
        for (int i = 0; i < 30; i++) EXPRS.add(gen.bool());
        for (int i = 0; i < 150; i++) EXPRS.add(gen.randomDouble());
    }

    /** gc prints each constant's value in "cannot use cN (untyped K constant V) as struct{} value". */
    @Test
    void messagesShowTheSameValues(@TempDir Path dir) throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "Go 1.19 is not installed");
        StringBuilder src = new StringBuilder("package p\n\n");
        for (int i = 0; i < EXPRS.size(); i++) {
            src.append("const c").append(i).append(" = ").append(EXPRS.get(i).src()).append('\n');
            src.append("var _ struct{} = c").append(i).append('\n');
        }
        Path file = dir.resolve("p.go");
        Files.writeString(file, src);
        String out = run(dir, go.toString(), "tool", "compile", "-e", "-o", dir.resolve("p.o").toString(), "p.go");

        // Untyped: "cannot use c1 (untyped int constant 5) as struct{} value in …";
        // typed (string(rune(x))): "cannot use c1 (constant "A" of type string) as type struct{} in …".
        Pattern untyped = Pattern.compile("cannot use c(\\d+) \\(untyped \\w+ constant (.*)\\) as struct\\{\\} value in variable declaration$");
        Pattern typed = Pattern.compile("cannot use c(\\d+) \\(constant (.*) of type \\w+\\) as type struct\\{\\} in variable declaration$");
        Map<Integer, String> gc = new LinkedHashMap<>();
        for (String l : out.lines().toList()) {
            Matcher m = untyped.matcher(l);
            if (!m.find()) m = typed.matcher(l);
            if (!m.find(0)) throw new AssertionError("unexpected gc output: " + l);
            gc.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        assertEquals(EXPRS.size(), gc.size(), out);
        for (int i = 0; i < EXPRS.size(); i++) {
            assertEquals(gc.get(i), EXPRS.get(i).value().toString(), "c" + i + " = " + EXPRS.get(i).src());
        }
    }

    /** A program prints math.Float64bits/Float32bits of every number and the bytes of every string. */
    @Test
    void conversionsGiveTheSameBitsAndBytes(@TempDir Path dir) throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "Go 1.19 is not installed");
        StringBuilder src = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\n");
        StringBuilder body = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < EXPRS.size(); i++) {
            Value v = EXPRS.get(i).value();
            String c = "c" + i;
            src.append("const ").append(c).append(" = ").append(EXPRS.get(i).src()).append('\n');
            switch (v.kind()) {
                case STRING -> {
                    body.append("\tfmt.Printf(\"%d %x\\n\", ").append(i).append(", ").append(c).append(")\n");
                    expected.append(i).append(' ').append(hex(Constant.stringBytes(v))).append('\n');
                }
                case INT, FLOAT -> conversions(i, List.of(c), List.of(c), List.of(v), body, expected);
                case COMPLEX -> conversions(i,
                        List.of("real(complex128(" + c + "))", "imag(complex128(" + c + "))"),
                        List.of("real(complex64(" + c + "))", "imag(complex64(" + c + "))"),
                        List.of(Constant.real(v), Constant.imag(v)), body, expected);
                default -> { }
            }
        }
        src.append("\nfunc main() {\n").append(body).append("}\n");
        Files.writeString(dir.resolve("main.go"), src);
        String out = run(dir, go.toString(), "run", "main.go");
        assertEquals(expected.toString(), out);
    }

    /**
     * Literals within a hair of float32's and float64's overflow thresholds (half an ulp above
     * the largest finite value): gc's "(overflows)" verdicts match {@link Constant#roundFloat}.
     */
    @Test
    void overflowThresholdsMatch(@TempDir Path dir) throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "Go 1.19 is not installed");
        Random rnd = new Random(7);
        // The thresholds: (2 - 2^-24)·2^127 and (2 - 2^-53)·2^1023.
        BigDecimal[] limits = {
            new BigDecimal(BigInteger.TWO.pow(25).subtract(BigInteger.ONE).shiftLeft(103)),
            new BigDecimal(BigInteger.TWO.pow(54).subtract(BigInteger.ONE).shiftLeft(970)),
        };
        StringBuilder src = new StringBuilder("package p\n\n");
        List<Boolean> overflows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int which = i % 2;
            BigDecimal limit = limits[which];
            // A relative nudge of ±10^-k: decimal literals of every length around the threshold.
            int k = 5 + rnd.nextInt(40);
            BigDecimal nudge = limit.movePointLeft(k).multiply(BigDecimal.valueOf(rnd.nextInt(21) - 10));
            String lit = rnd.nextInt(10) == 0 ? limit.toPlainString() + ".0" : limit.add(nudge).round(new MathContext(k + 2)).toString().replace("E", "e");
            Value v = Constant.makeFromLiteral(lit, Token.FLOAT);
            overflows.add(Constant.roundFloat(v, which == 0 ? 32 : 64) instanceof Value.Unknown);
            src.append("var _ ").append(which == 0 ? "float32" : "float64").append(" = ").append(lit).append('\n');
        }
        Files.writeString(dir.resolve("p.go"), src);
        String out = run(dir, go.toString(), "tool", "compile", "-e", "-o", dir.resolve("p.o").toString(), "p.go");
        List<Boolean> gc = new ArrayList<>(Collections.nCopies(overflows.size(), false));
        for (String l : out.lines().toList()) {
            Matcher m = Pattern.compile("^p\\.go:(\\d+):\\d+: cannot use .* value in variable declaration \\(overflows\\)$").matcher(l);
            if (!m.find()) throw new AssertionError("unexpected gc output: " + l);
            gc.set(Integer.parseInt(m.group(1)) - 3, true);
        }
        assertEquals(gc, overflows);
        assertTrue(overflows.contains(true) && overflows.contains(false));
    }

    /**
     * Prints the float64 bits of the parts of a number when they all fit in float64 (Go rejects
     * the conversion otherwise), then their float32 bits when they all fit there too.
     */
    private static void conversions(int i, List<String> as64, List<String> as32, List<Value> parts,
                                    StringBuilder body, StringBuilder expected) {
        List<Value> r64 = parts.stream().map(v -> Constant.roundFloat(v, 64)).toList();
        List<Value> r32 = parts.stream().map(v -> Constant.roundFloat(v, 32)).toList();
        if (r64.stream().anyMatch(v -> v instanceof Value.Unknown)) return;
        body.append("\tfmt.Println(").append(i);
        expected.append(i);
        for (int k = 0; k < parts.size(); k++) {
            body.append(", math.Float64bits(").append(as64.get(k)).append(")");
            expected.append(' ').append(Long.toUnsignedString(Double.doubleToRawLongBits(Constant.float64Val(r64.get(k)))));
        }
        if (r32.stream().noneMatch(v -> v instanceof Value.Unknown)) {
            for (int k = 0; k < parts.size(); k++) {
                body.append(", math.Float32bits(").append(as32.get(k)).append(")");
                expected.append(' ').append(Integer.toUnsignedString(Float.floatToRawIntBits(Constant.float32Val(r32.get(k)))));
            }
        }
        body.append(")\n");
        expected.append('\n');
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) b.append(String.format("%02x", x & 0xFF));
        return b.toString();
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GO111MODULE", "off");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}

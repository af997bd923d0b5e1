package dev.jgo.types.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import dev.jgo.types.constant.ConstExprGenerator.Expr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares jgo's constant arithmetic with gc on a few hundred random constant expressions
 * (fixed seed): the values gc prints in its error messages (exact integers, six-digit floats,
 * quoted strings, booleans), and, from a running program, the float64/float32 bits every
 * number converts to and the bytes of every string.
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

        Pattern line = Pattern.compile("cannot use c(\\d+) \\(untyped \\w+ constant (.*)\\) as struct\\{\\} value in variable declaration");
        Map<Integer, String> gc = new LinkedHashMap<>();
        for (String l : out.lines().toList()) {
            Matcher m = line.matcher(l);
            if (m.find()) gc.put(Integer.parseInt(m.group(1)), m.group(2));
            else throw new AssertionError("unexpected gc output: " + l);
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
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}

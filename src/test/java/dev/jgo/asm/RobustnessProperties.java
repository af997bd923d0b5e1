package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * Damaged assembly never makes the assembler throw: the valid test files with a span of
 * characters replaced by assembler-significant noise give diagnostics, each with a file and line.
 */
class RobustnessProperties {
    private static final List<String> FILES = List.of("frames.s", "insns.s", "preprocess.s", "data.s");
    private static final List<String> NOISE = List.of("", "(", ")", "$", "#", "#define", "\\\n", "·", "<>", "<ABI0>",
            ",", "*", "(FP)", "(SB)", "(SP)", "/", "'", "\"", "0x", "1e", "\n", ";", ":", "TEXT", "DATA", "GLOBL", "RET",
            "JMP", "x+", "-", "99999999999999999999", "(AX)(BX*", "#ifdef", "#endif", "#include", "/*", "TLS", "(TLS)",
            "(TLS*1)", "PUSHQ", "ADJSP", "RET", "CALL", "<ABIInternal>", "$1.5", "(PC)");

    @Provide
    Arbitrary<Tuple3<String, Integer, String>> damage() {
        return Arbitraries.of(FILES).flatMap(f -> {
            int length = read(f).length();
            return Arbitraries.integers().between(0, length - 1)
                    .flatMap(at -> Arbitraries.of(NOISE).list().ofMaxSize(3).map(n -> Tuple.of(f, at, String.join("", n))));
        });
    }

    @Property(tries = 300)
    void damagedSourceGivesPositionedErrorsNotExceptions(@ForAll("damage") Tuple3<String, Integer, String> d) throws IOException {
        String src = read(d.get1());
        int at = d.get2(), end = Math.min(src.length(), at + 1 + at % 7);
        Path dir = Files.createTempDirectory("jgo-asm");
        Path file = dir.resolve(d.get1());
        try {
            Files.writeString(file, src.substring(0, at) + d.get3() + src.substring(end));
            Files.copy(Path.of("testdata/asm/macros.h"), dir.resolve("macros.h"));
            for (Diagnostic diag : AsmRunner.assemble(file, "main", false).errors()) {
                assertTrue(diag.pos().file().isEmpty() || diag.pos().line() > 0, diag::toString);
                assertTrue(!diag.message().isBlank(), diag::toString);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("testdata/asm", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

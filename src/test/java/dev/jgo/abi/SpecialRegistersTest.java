package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks Arch's closure-context and g registers against gc: a closure reads its captured
 * variable at offset 8 from the context register, and every prologue loads the stack guard at
 * offset 16 from g. arm64, ppc64le and riscv64 print g by its alias, so the register number is
 * read from the encoding of that first instruction.
 */
class SpecialRegistersTest {
    private static final String SOURCE = """
            package main

            //go:noinline
            func sink(x int) {}

            func mk(x int) func() { return func() { sink(x) } }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Arch.class)
    void closureContextAndGoroutineRegistersMatchGc(Arch arch) throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "gc 1.19 (golang-1.19-go) is not installed");
        Path file = dir.resolve("closure.go");
        Files.writeString(file, SOURCE);
        String listing = GcListing.compile(go, arch, file);

        AsmListing.Function closure = AsmListing.parse(listing).get("main.mk.func1");
        String captured = "8(" + arch.closureContextRegister() + ")";
        assertTrue(closure.instrs().stream().anyMatch(in -> in.operands().contains(captured)),
                "closure body does not read " + captured + ": " + closure.instrs());

        AsmListing.Instr guardLoad = closure.instrs().get(1); // after TEXT
        String guard = guardLoad.operands().stream().filter(o -> o.startsWith("16(")).findFirst().orElseThrow();
        String g = guard.substring(3, guard.length() - 1);
        if (!g.equals("g")) {
            assertEquals(arch.goroutineRegister(), g);
            return;
        }
        int word = firstCodeWord(listing, "main.mk.func1");
        int base = switch (arch) {
            case ARM64 -> (word >>> 5) & 31; // LDR Xt, [Xn, #imm]
            case PPC64LE -> (word >>> 16) & 31; // ld RT, DS(RA)
            case RISCV64 -> (word >>> 15) & 31; // ld rd, imm(rs1)
            case AMD64 -> throw new AssertionError("amd64 prints R14");
        };
        String prefix = arch == Arch.RISCV64 ? "X" : "R";
        assertEquals(arch.goroutineRegister(), prefix + base, "g's register number in " + guardLoad);
    }

    /** The first little-endian 32-bit word of the function's code, from the listing's hex dump. */
    private static int firstCodeWord(String listing, String symbol) {
        boolean inFunction = false;
        for (String line : listing.split("\n")) {
            if (!line.startsWith("\t")) {
                inFunction = line.startsWith(symbol + " STEXT");
            } else if (inFunction && line.startsWith("\t0x0000 ") && !line.contains("(")) {
                String[] b = line.substring("\t0x0000 ".length()).trim().split(" +");
                return Integer.parseInt(b[0], 16) | Integer.parseInt(b[1], 16) << 8
                        | Integer.parseInt(b[2], 16) << 16 | Integer.parseInt(b[3], 16) << 24;
            }
        }
        throw new AssertionError("no code bytes for " + symbol);
    }
}

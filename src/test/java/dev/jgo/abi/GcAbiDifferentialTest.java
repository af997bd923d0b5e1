package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the Assigner equal to gc 1.19 on random signatures: gc compiles them for each
 * architecture and GcAbiProbe reads its assignment back from the listing. The fast tier compares
 * a fixed-seed slice; the full tier (jgo.tier=all) at least 2000 signatures per architecture.
 */
class GcAbiDifferentialTest {
    private static final int FAST = 300;
    private static final int FULL = 2400;
    private static final int BATCH = 400;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Arch.class)
    void fixedSliceMatchesGc(Arch arch) throws Exception {
        compare(arch, FAST, 1);
    }

    @ParameterizedTest
    @EnumSource(Arch.class)
    void manySignaturesMatchGc(Arch arch) throws Exception {
        assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow tier: run with -Djgo.tier=all");
        compare(arch, FULL, 1000);
    }

    private void compare(Arch arch, int count, long firstSeed) throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "gc 1.19 (golang-1.19-go) is not installed");
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (int batch = 0; compared < count; batch++) {
            SignatureGenerator gen = new SignatureGenerator(firstSeed + batch);
            List<SignatureGenerator.Generated> functions = new ArrayList<>();
            for (int i = 0; i < Math.min(BATCH, count - compared); i++) functions.add(gen.next());
            GcAbiProbe.Outcome outcome = GcAbiProbe.run(go, arch, functions, gen.namedTypes(), dir);
            compared += outcome.functions();
            mismatches.addAll(outcome.mismatches());
            if (outcome.functions() == 0) break;
        }
        System.out.printf("abi %s: %d signatures compared with gc, %d mismatches%n", arch.goarch(), compared, mismatches.size());
        assertEquals(List.of(), mismatches.stream().limit(10).toList(), arch.goarch() + ": differs from gc");
        assertEquals(count, compared);
    }
}

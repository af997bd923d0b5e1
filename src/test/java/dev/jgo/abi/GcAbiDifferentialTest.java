package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        int compared = 0, facts = 0, unresolved = 0, stackItems = 0, methods = 0;
        Set<Register> seen = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (int batch = 0; compared < count; batch++) {
            SignatureGenerator gen = new SignatureGenerator(firstSeed + batch);
            List<SignatureGenerator.Generated> functions = new ArrayList<>();
            for (int i = 0; i < Math.min(BATCH, count - compared); i++) functions.add(gen.next());
            GcAbiProbe.Outcome outcome = GcAbiProbe.run(go, arch, functions, gen.namedTypes(), dir);
            compared += outcome.functions();
            facts += outcome.facts();
            unresolved += outcome.unresolved();
            mismatches.addAll(outcome.mismatches());
            for (SignatureGenerator.Generated g : functions) {
                Assignment a = Assigner.abiInternal(arch).assign(g.signature());
                methods += g.receiverBase() == null ? 0 : 1;
                for (Assignment.Item item : concat(a.params(), a.results())) {
                    switch (item.location()) {
                        case Assignment.OnStack s -> stackItems++;
                        case Assignment.InRegisters r -> r.parts().forEach(p -> seen.add(p.register()));
                    }
                }
            }
        }
        System.out.printf("abi %s: %d signatures (%d methods, %d stack-assigned items) compared with gc:"
                + " %d facts (%d wrapper moves not followed), %d mismatches%n",
                arch.goarch(), compared, methods, stackItems, facts, unresolved, mismatches.size());
        assertEquals(List.of(), mismatches.stream().limit(10).toList(), arch.goarch() + ": differs from gc");
        assertEquals(count, compared);
        // every register of both sequences took part, so the whole tables are proven
        assertEquals(new HashSet<>(concat(arch.intRegs(), arch.floatRegs())), seen);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

package dev.jgo.abi.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Assignment;
import dev.jgo.abi.Register;
import dev.jgo.abi.SignatureGenerator;
import dev.jgo.testing.GoOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dynamic check of jgo's calling convention against gc's on amd64: gc-compiled code calls
 * jgo-compiled functions through func values, and those call gc-compiled functions back, for
 * random signatures; every argument and result is compared on both sides of each crossing (see
 * {@link DynamicProgram}). The slow tier (jgo.tier=all) runs a fixed-seed slice of
 * {@value #DEFAULT_COUNT} signatures; {@code -Djgo.abi.dynamic=N} runs N, and
 * {@code -Djgo.abi.dynamic.dir=DIR} keeps each batch's sources, image and harness in DIR for replay.
 */
class DynamicAbiTest {
    private static final int DEFAULT_COUNT = 100;
    /** Signatures per gc build: a build takes a few seconds whatever the batch's size. */
    private static final int BATCH = 250;

    @TempDir
    Path dir;

    @Test
    void jgoAndGcAgreeAcrossEveryCall() throws Exception {
        Integer asked = Integer.getInteger("jgo.abi.dynamic");
        assumeTrue(asked != null || "all".equals(System.getProperty("jgo.tier")),
                "slow tier: run with -Djgo.tier=all or -Djgo.abi.dynamic=N");
        var go = GoOracle.go();
        assumeTrue(go.isPresent(), "gc 1.19 (golang-1.19-go) is not installed");
        int count = asked == null ? DEFAULT_COUNT : asked;

        List<String> problems = new ArrayList<>();
        String keep = System.getProperty("jgo.abi.dynamic.dir");
        Path root = keep == null ? dir : Path.of(keep);
        int generated = 0, checked = 0, values = 0, onStack = 0;
        Set<Register> registers = new HashSet<>();
        for (int batch = 0; generated < count; batch++) {
            SignatureGenerator gen = new SignatureGenerator(5000 + batch);
            Random places = new Random(batch);
            List<DynamicProgram.Case> cases = new ArrayList<>();
            for (int i = 0; i < Math.min(BATCH, count - generated); i++) cases.add(DynamicProgram.Case.of(i, gen.next(), places));
            generated += cases.size();
            for (DynamicProgram.Case c : cases) {
                Assignment a = Assigner.abiInternal(Arch.AMD64).assign(c.signature());
                for (Assignment.Item item : concat(a.params(), a.results())) {
                    switch (item.location()) {
                        case Assignment.OnStack s -> onStack++;
                        case Assignment.InRegisters r -> r.parts().forEach(p -> registers.add(p.register()));
                    }
                }
            }
            DynamicCheck.Outcome outcome = DynamicCheck.run(go.get(), new DynamicProgram(cases, gen.namedTypes()),
                    Files.createDirectories(root.resolve("batch" + batch)));
            checked += outcome.cases();
            values += outcome.values();
            for (String p : outcome.problems()) problems.add("batch " + batch + ": " + p);
        }
        System.out.printf("abi dynamic: %d signatures called gc→jgo→gc (%d stack-assigned items, %d of %d registers"
                + " used), %d values compared, %d problems%n", checked, onStack, registers.size(),
                Arch.AMD64.intRegs().size() + Arch.AMD64.floatRegs().size(), values, problems.size());
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

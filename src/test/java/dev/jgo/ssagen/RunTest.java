package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.ssa.Func;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests: small programs are built into SSA, run by {@link SsaInterp} (as built,
 * and after the optimizing passes) and must print exactly what `go run` prints.
 */
class RunTest {
    static Stream<Arguments> programs() {
        return TestPrograms.ALL.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatGcPrints(String name, String src) {
        Optional<String> want = GoRun.output(src);
        Assumptions.assumeTrue(want.isPresent(), "go 1.19 is not installed");
        List<Func> built = Programs.build(src, false);
        assertEquals(want.get(), new SsaInterp(built).run(), "as built (-N)");
        List<Func> optimized = Programs.build(src, true);
        assertEquals(want.get(), new SsaInterp(optimized).run(), "after the passes");
    }
}

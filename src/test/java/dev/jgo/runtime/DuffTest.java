package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.asm.Assembler;
import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code generator calls into duffzero and duffcopy at offsets computed as gc computes them,
 * so jgo's devices must have gc's bytes: compared with GOROOT's duff_amd64.s assembled the
 * same way.
 */
class DuffTest {
    @Test
    void devicesHaveGcsLayout() {
        Path gcDuff = GoOracle.goroot().map(r -> r.resolve("src/runtime/duff_amd64.s")).orElse(null);
        assumeTrue(gcDuff != null && Files.exists(gcDuff), "GOROOT sources not installed");
        Map<String, Symbol> ours = text(RuntimeSources.DIR.resolve("duff_amd64.s"));
        Map<String, Symbol> gc = text(gcDuff);
        assertEquals(gc.keySet(), ours.keySet());
        for (String name : gc.keySet()) {
            assertArrayEquals(gc.get(name).content(), ours.get(name).content(), name);
        }
    }

    private static Map<String, Symbol> text(Path file) {
        Diagnostics d = new Diagnostics();
        Assembler.Result r = RuntimeSources.assemble(file, d);
        assertEquals(List.of(), d.sorted(), file.toString());
        return r.symbols().stream().filter(s -> s.ref().abi() != null)
                .collect(Collectors.toMap(s -> s.ref().toString(), Function.identity()));
    }
}

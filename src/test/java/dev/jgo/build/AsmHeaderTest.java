package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The go_asm.h jgo generates for a package is the one gc's {@code go tool compile -asmhdr}
 * writes for the same files, byte for byte (struct sizes and field offsets, constants).
 */
class AsmHeaderTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"testdata/asmhdr/p", "testdata/asmpkgs/goasmh", "testdata/asmpkgs/goasmhconst"})
    void headerIsGcs(String pkg) throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc is not installed");
        Path src = Path.of(pkg).toAbsolutePath();
        Diagnostics diags = new Diagnostics();
        LoadedPackage p = Loader.standard(diags).loadMain(List.of(src.toString()));
        assertNotNull(p, () -> diags.sorted().toString());

        List<String> cmd = new ArrayList<>(List.of(go.toString(), "tool", "compile", "-p", p.types().name(),
                "-asmhdr", dir.resolve("go_asm.h").toString(), "-o", dir.resolve("p.o").toString()));
        try (Stream<Path> files = Files.list(src)) {
            files.map(Path::toString).filter(f -> f.endsWith(".go")).sorted().forEach(cmd::add);
        }
        Process c = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, c.waitFor(), log);
        assertEquals(Files.readString(dir.resolve("go_asm.h")), AsmHeader.of(p));
    }
}

package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.link.Linker;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every package of testdata/asmpkgs (a main package with Go and amd64 assembly files) built by
 * gc and by jgo under -abi=register and -abi=stack: the three executables must print the same
 * (standard output and error together) and exit with the same status. The ELF symbol tables must
 * name the same functions of package main with {@code .abi0} / {@code .abiinternal} (the names
 * gc's linker gives the assembly bodies and the ABI0 wrappers of Go functions) under the register
 * ABI; under the stack ABI no wrapper exists, so no name carries a suffix. A few packages always
 * run; all of them when jgo.tier is "all". Needs gc (skipped without it).
 */
class AsmPackagesTest {
    private static final Path PACKAGES = Path.of("testdata/asmpkgs");
    private static final List<String> QUICK = List.of("callbackalloc", "funcvalueclobber", "goasmh");

    @TempDir Path dir;

    static Stream<String> packages() throws IOException {
        boolean all = "all".equals(System.getProperty("jgo.tier"));
        try (Stream<Path> dirs = Files.list(PACKAGES)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().filter(n -> all || QUICK.contains(n)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void gcAndJgoAgree(String name) throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc is not installed");
        Path src = PACKAGES.resolve(name).toAbsolutePath();
        Path gcBin = dir.resolve(name + ".gc");
        Process b = new ProcessBuilder(go.toString(), "build", "-o", gcBin.toString(), ".").directory(src.toFile())
                .redirectErrorStream(true).start();
        String log = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, b.waitFor(), log);
        String want = run(gcBin);
        for (String abi : List.of("register", "stack")) {
            Path bin = jgoBuild(src, abi);
            assertEquals(want, run(bin), name + " under -abi=" + abi);
            Set<String> wantNames = abi.equals("register") ? abiNames(gcBin) : Set.of();
            assertEquals(wantNames, abiNames(bin), "ABI-suffixed names of package main under -abi=" + abi);
        }
    }

    private Path jgoBuild(Path src, String abi) throws IOException {
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(src.toString()));
        assertNotNull(exe, () -> "-abi=" + abi + ": " + diags.sorted());
        Path bin = dir.resolve(src.getFileName() + "." + abi);
        Linker.writeExecutable(bin, exe);
        return bin;
    }

    /** The exit status, then standard output and error together; within 20 s. */
    private static String run(Path bin) throws Exception {
        Process p = new ProcessBuilder(bin.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "timed out");
        return "exit " + p.exitValue() + "\n" + out;
    }

    /** Names of package main's functions in the ELF symbol table that carry an ABI suffix. */
    private static Set<String> abiNames(Path bin) throws Exception {
        Process p = new ProcessBuilder("nm", bin.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Set<String> names = new TreeSet<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            String sym = f[f.length - 1];
            if (sym.startsWith("main.") && (sym.endsWith(".abi0") || sym.endsWith(".abiinternal"))) names.add(sym);
        }
        return names;
    }
}

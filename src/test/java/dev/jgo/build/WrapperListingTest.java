package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jgo tool compile -S} lists the ABI wrappers a package's assembly needs, as gc's
 * {@code go tool compile -S} (given the assembly's symabis) lists them: the same TEXT lines —
 * name, flags (DUPOK|NOSPLIT|ABIWRAPPER and the ABI), frame and argument sizes. gc does not print
 * the default ABI0; jgo's listing does, and the comparison leaves it out.
 */
class WrapperListingTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"callback", "funcvalue", "tailjump", "multiret", "callbackstr", "goasmh"})
    void wrappersAreGcs(String name) throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc is not installed");
        Path src = Path.of("testdata/asmpkgs", name).toAbsolutePath();
        List<String> goFiles = new ArrayList<>(), asmFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(src)) {
            files.map(Path::toString).sorted().forEach(f -> {
                if (f.endsWith(".go")) goFiles.add(f);
                if (f.endsWith(".s")) asmFiles.add(f);
            });
        }
        String symabis = dir.resolve("symabis").toString();
        // the go command writes an empty go_asm.h for this step, as symbols do not depend on it
        Files.writeString(dir.resolve("go_asm.h"), "");
        List<String> asm = new ArrayList<>(List.of(go.toString(), "tool", "asm", "-p", "main", "-gensymabis", "-o", symabis,
                "-I", dir.toString(), "-I", GoOracle.goroot().orElseThrow().resolve("pkg/include").toString()));
        asm.addAll(asmFiles);
        run(asm);
        List<String> compile = new ArrayList<>(List.of(go.toString(), "tool", "compile", "-p", "main", "-symabis", symabis,
                "-S", "-o", dir.resolve("main.o").toString()));
        compile.addAll(goFiles);

        Diagnostics diags = new Diagnostics();
        List<String> listings = new Builder(false, PassOptions.DEFAULT, true, diags).compilePackage(goFiles);
        assertNotNull(listings, () -> diags.sorted().toString());
        assertEquals(wrapperTexts(run(compile)), wrapperTexts(String.join("", listings).replace("|ABI0,", ",")));
    }

    /** The TEXT lines of ABI wrappers, without their positions, sorted. */
    private static TreeSet<String> wrapperTexts(String listing) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : listing.split("\n")) {
            int text = line.indexOf("\tTEXT\t");
            if (text >= 0 && line.contains("ABIWRAPPER")) out.add(line.substring(text + 1));
        }
        return out;
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}

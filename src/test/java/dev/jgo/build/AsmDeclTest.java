package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The assembler checks each TEXT against its Go declaration as go vet's asmdecl does, and a
 * program that fails the check does not build: testdata/asmdecl/vet misuses argument frames in
 * every way vet reports (wrong argument size, offset, name, move width, components of strings,
 * slices, structs, arrays, complex numbers and interfaces, unnamed arguments, results never
 * written); jgo must report exactly vet's lines and messages. Falling off the end of a function
 * and references to undefined symbols are errors too.
 */
class AsmDeclTest {
    private static final Path DIR = Path.of("testdata/asmdecl");
    private static final Pattern VET_LINE = Pattern.compile("^\\./(\\S+):(\\d+):\\d+: (.*)$");

    @Test
    void reportsWhatVetReports() throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc is not installed");
        Path pkg = DIR.resolve("vet").toAbsolutePath();
        Process p = new ProcessBuilder(go.toString(), "vet", ".").directory(pkg.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<String> want = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = VET_LINE.matcher(line);
            if (m.matches()) want.add(m.group(1) + ":" + m.group(2) + ": " + m.group(3));
        }
        want.sort(null);
        Assumptions.assumeTrue(want.size() > 20, "go vet reported too little:\n" + out);
        assertEquals(String.join("\n", want), String.join("\n", errors(pkg)));
    }

    @Test
    void functionsMustNotRunPastTheirLastInstruction() {
        assertEquals(List.of("fallsoff_amd64.s:5: [amd64] fallsOff: function falls off the end (missing RET or JMP)",
                        "fallsoff_amd64.s:7: [amd64] empty: function falls off the end (missing RET or JMP)"),
                errors(DIR.resolve("fallsoff").toAbsolutePath()));
    }

    @Test
    void undefinedSymbolsArePositioned() {
        // data has no line table: its problems name the symbol, as gc's linker does
        assertEquals(List.of("table<undefined_amd64.s>: relocation target main.missing not defined",
                        "undefined_amd64.s:4: relocation target main.nosuch not defined",
                        "undefined_amd64.s:5: relocation target main.nodata not defined"),
                errors(DIR.resolve("undefined").toAbsolutePath()));
    }

    /** The errors building the package reports, as {@code file:line: message} with the file's base name (where known), sorted. */
    private static List<String> errors(Path pkg) {
        Diagnostics diags = new Diagnostics();
        assertNull(new Builder(false, PassOptions.DEFAULT, false, diags).build(List.of(pkg.toString())), "the build must fail");
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diags.sorted()) {
            out.add(d.pos().isKnown() ? Path.of(d.pos().file()).getFileName() + ":" + d.pos().line() + ": " + d.message() : d.message());
        }
        out.sort(null);
        return out;
    }
}

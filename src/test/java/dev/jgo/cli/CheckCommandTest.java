package dev.jgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jgo tool check}: silent success on a valid program; on an invalid one, exit 1 and
 * {@code file:line:col: message} lines at the positions gc reports, cut off after ten errors
 * with "too many errors" as gc does.
 */
class CheckCommandTest {
    private static final Pattern ERROR_LINE = Pattern.compile("(.+\\.go):(\\d+):(\\d+): (.+)");

    @TempDir
    Path dir;

    @Test
    void aValidProgramChecksSilently() throws IOException {
        Path file = write("valid.go", """
                package main

                type shape interface{ area() float64 }

                type rect struct{ w, h float64 }

                func (r rect) area() float64 { return r.w * r.h }

                func main() {
                	counts := map[string]int{}
                	var shapes []shape
                	for i := 0; i < 3; i++ {
                		shapes = append(shapes, rect{float64(i), 2})
                		counts["rect"]++
                	}
                	total := func() (t float64) {
                		for _, s := range shapes {
                			t += s.area()
                		}
                		return
                	}()
                	println(total, counts["rect"])
                }
                """);
        Cli.Result r = Cli.run("tool", "check", file.toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals("", r.out());
    }

    @Test
    void theReadmesExampleDirectoryChecks() {
        Path hello = Path.of(System.getProperty("jgo.root", ".")).resolve("examples/hello");
        Cli.Result r = Cli.run("tool", "check", hello.toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void anInvalidProgramGetsGcsErrorPositionsAndExitStatusOne() throws IOException {
        Path file = write("invalid.go", """
                package main

                func main() {
                	x := 1
                	var s string = 2
                	undefinedName()
                }
                """);
        assertSameErrorsAsGc(file);
    }

    @Test
    void aSyntaxErrorIsReportedAtGcsPosition() throws IOException {
        Path file = write("syntax.go", """
                package main

                func main() {
                	if x := 1; x > 0 {
                		println(x
                	}
                }
                """);
        assertSameErrorsAsGc(file);
    }

    @Test
    void afterTenErrorsItSaysTooManyErrors() throws IOException {
        StringBuilder src = new StringBuilder("package main\n\n");
        for (int i = 1; i <= 12; i++) src.append("var x").append(i).append(" = )\n");
        Path file = write("many.go", src.toString());
        List<String> jgo = assertSameErrorsAsGc(file);
        assertEquals(11, jgo.size(), String.join("\n", jgo));
        assertTrue(jgo.get(10).endsWith(": too many errors"), jgo.get(10));
    }

    @Test
    void aMissingFileIsNamedWithoutABogusPosition() {
        String missing = dir.resolve("missing.go").toString();
        Cli.Result r = Cli.run("tool", "check", missing);
        assertEquals(1, r.status());
        assertEquals(List.of("open " + missing + ": no such file or directory"), r.err().lines().toList(),
                "gc's go tool compile says it so; a line number 0 is no position");
    }

    /** Checks file with jgo and gc; both must fail, with the same error positions. Returns jgo's lines. */
    private List<String> assertSameErrorsAsGc(Path file) throws IOException {
        Cli.Result r = Cli.run("tool", "check", file.toString());
        List<String> jgo = r.err().lines().toList();
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        for (String line : jgo) {
            Matcher m = ERROR_LINE.matcher(line);
            assertTrue(m.matches() && m.group(1).equals(file.toString()), "not file:line:col: message: " + line);
        }
        List<String> gc = gcErrors(file);
        assertEquals(positions(gc), positions(jgo), "jgo:\n" + r.err() + "gc:\n" + String.join("\n", gc));
        return jgo;
    }

    private static List<String> positions(List<String> lines) {
        return lines.stream().map(l -> {
            Matcher m = ERROR_LINE.matcher(l);
            return m.matches() ? m.group(2) + ":" + m.group(3) + (l.endsWith("too many errors") ? " too many" : "") : l;
        }).toList();
    }

    /** gc's compiler errors for the file, given by the same path. */
    private List<String> gcErrors(Path file) throws IOException {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "Go 1.19 is not installed");
        Process p = new ProcessBuilder(go.toString(), "tool", "compile", "-p", "main",
                "-o", dir.resolve("gc.o").toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out.lines().toList();
    }

    private Path write(String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name), source);
    }
}

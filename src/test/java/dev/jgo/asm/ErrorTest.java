package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file of testdata/asm/errors says which errors it must produce: {@code // ERROR "regex"} on
 * the offending line, or {@code // ERROR-AT file:line "regex"} for an error reported elsewhere (in an
 * included file, at the end of the file). jgo must report exactly those, positioned, and never
 * throw. gc's assembler must reject the same files; where both report a line, the messages must be
 * the same (gc reports preprocessor errors one line late and gives up after 10 errors, so only the
 * lines both report are compared).
 */
class ErrorTest {
    private static final Path DIR = Path.of("testdata/asm/errors");
    private static final Pattern HERE = Pattern.compile("// ERROR \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern THERE = Pattern.compile("// ERROR-AT (\\S+):(\\d+) \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern GC_ERROR = Pattern.compile("^([^:\\s]+):(\\d+): (.*)$");
    /** gc reports encoding failures as {@code asm: "".f: invalid instruction: 00000 (file:line)\tINSN}. */
    private static final Pattern GC_INVALID = Pattern.compile("^asm: \\S+: (invalid instruction): \\d+ \\(([^:\\s]+):(\\d+)\\)\\t(.*)$");

    private static int comparedWithGc;

    @AfterAll
    static void report() {
        System.out.println("ErrorTest: " + comparedWithGc + " error messages compared with gc's, all equal");
    }

    @TestFactory
    Stream<DynamicTest> everyErrorFileReportsItsErrors() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".s")).sorted()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f))).toList().stream();
        }
    }

    private void check(Path file) throws Exception {
        Map<String, String> expected = expectations(file);
        AsmRunner.Outcome o = AsmRunner.assemble(file, "main", false);
        Map<String, List<String>> actual = new TreeMap<>();
        for (Diagnostic d : o.errors()) {
            actual.computeIfAbsent(Path.of(d.pos().file()).getFileName() + ":" + d.pos().line(), k -> new ArrayList<>()).add(d.message());
        }
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), "lines with errors; got " + actual);
        expected.forEach((where, regex) -> assertTrue(actual.get(where).stream().anyMatch(m -> m.matches(regex)),
                () -> where + ": expected /" + regex + "/, got " + actual.get(where)));
        compareWithGc(file, actual);
    }

    private static Map<String, String> expectations(Path file) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = THERE.matcher(lines.get(i));
            if (m.find()) {
                expected.put(m.group(1) + ":" + m.group(2), unescape(m.group(3)));
            } else if ((m = HERE.matcher(lines.get(i))).find()) {
                expected.put(file.getFileName() + ":" + (i + 1), unescape(m.group(1)));
            }
        }
        return expected;
    }

    /** The annotation's text is a regex; \" stands for a quote. */
    private static String unescape(String s) {
        return ".*" + s.replace("\\\"", "\"") + ".*";
    }

    private static void compareWithGc(Path file, Map<String, List<String>> ours) throws Exception {
        Path go = GoOracle.go().orElse(null);
        if (go == null) return;
        Path obj = Files.createTempFile("jgo-asm", ".o");
        try {
            String out = Tools.run(List.of(go.toString(), "tool", "asm", "-p", "main", "-D", "GOARCH_amd64", "-I",
                    AsmRunner.INCLUDE.toAbsolutePath().toString(), "-o", obj.toString(), file.getFileName().toString()), DIR);
            assertNotEquals("", out.strip(), "gc accepted " + file);
            for (String line : out.split("\n")) {
                Matcher m = GC_ERROR.matcher(line), invalid = GC_INVALID.matcher(line);
                String where, message;
                if (m.matches()) {
                    where = m.group(1) + ":" + m.group(2);
                    message = m.group(3);
                } else if (invalid.matches()) {
                    where = invalid.group(2) + ":" + invalid.group(3);
                    message = invalid.group(1) + ": " + invalid.group(4);
                } else {
                    continue;
                }
                List<String> mine = ours.get(where);
                message = message.replace("\\\"\\\".", "main.").replace("\"\".", "main.").replace('\t', ' ')
                        .replace("\"\"main.", "\"main.");
                if (mine != null && !message.startsWith("undefined label")) {
                    String gcSays = message;
                    assertTrue(mine.contains(gcSays), where + ": gc says " + gcSays + ", jgo " + mine);
                    comparedWithGc++;
                }
            }
        } finally {
            Files.deleteIfExists(obj);
        }
    }
}

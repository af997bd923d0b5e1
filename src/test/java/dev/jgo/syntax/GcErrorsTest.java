package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of error messages: small broken files go through gc (one batch run of
 * go tool compile -e) and through our parser. Every error we report must be one gc reports
 * (same position, same words), and every syntax error gc reports must be one of ours.
 */
class GcErrorsTest {
    /** Broken sources; {@code <XX>} stands for the raw byte 0xXX (to write invalid UTF-8). */
    private static final String[] CASES = {
            "package p\nfunc f() {\n\tx := (1\n}\n",
            "package p\nx := 1\n",
            "package p\nfunc f()\n{\n}\n",
            "package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
            "package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n",
            "package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n",
            "package p\nvar x = []int{1, 2\n}\n",
            "package p\nfunc f() {\n\tif {\n\t}\n}\n",
            "package p\nfunc f() {\n\tif x;\n\t{\n\t}\n}\n",
            "package p\nfunc f() {\n\tgo (g())\n\tdefer h\n}\n",
            "package p\nfunc f(a int, string) {}\n",
            "package p\nfunc () f() {}\nfunc (a, b T) g() {}\n",
            "package p\nvar s = x[1:2:]\nvar t = x[::3]\n",
            "package p\nimport 42\n",
            "package p\nfunc f() {\n\tswitch x {\n\tfoo:\n\t}\n}\n",
            "package p\nfunc f() {\nL:\n}\nfunc g() {\n\tvar x = 1 2\n}\n",
            "x p\n",
            "package p\nvar x = 0x\nvar y = 0b12\nvar z = 1__0\nvar w = 0x1.5\nvar v = 1e\nvar u = 0o8\n",
            "package p\nvar a = 'ab'\nvar b = ''\nvar c = '\\z'\nvar d = '\\400'\nvar e = '\\uD800'\nvar f = '\\xg0'\n",
            "package p\nvar s = \"abc\nvar t = 1\n",
            "package p\n/* unterminated\n",
            "package p\nvar x = 1 @ 2\nvar \u00fc\u00a0 = 1\n",
            "package p\nvar x = 0b1.0\nvar y = 0x1e3p\nvar z = 1p3\n",
            "package p\ntype T struct {\n\t(int)\n\t*(string)\n\t42\n}\n",
            "package p\nfunc f() {\n\tvar x <-<-chan int\n\t_ = <-chan<- int(nil)\n}\n",
            "package p\nfunc f() {\n\tx.y := 1\n\tswitch a.b := x.(type) {}\n}\n",
            "package p\nfunc f() {\n\tif var x = 1; x {}\n}\n",
            "package p\nfunc f() {\n\ta, b += 1, 2\n}\n",
            "package p\nvar x = f(a b)\n",
            "package p\ntype T interface {\n\tm(); 3\n}\n",
            "package p\nfunc f() {\n\tselect {\n\tcase x\n\t}\n}\n",
            "package p\nfunc f() {\n\tfor x := range y; z {}\n}\n",
            "package p\nconst c := 1\nvar v := 2\n",
            "package p\nfunc f() {\n\tx = map[string]int{\"a\": 1, \"b\" 2}\n}\n",
            "package p\nvar x = 1.0e+\nvar y = 08\nvar z = 0_x\nvar w = 1_\n",
            "package p\nvar x = \"\\q\"\nvar y = `abc\n",
            "package p\nfunc f() {\n\tfor {\n\t}\n\telse {}\n}\n",
            "package p\nfunc f() {\n\tx := [...]int{1,2,}\n\ty := [3,]int{}\n}\n",
            "package p\ntype t struct{}\nfunc (t) m(...int, x int) {}\nvar f func(a ...)\n",
            "package p\nfunc f() {\n\tif x == 1 {\n\t}\n\telse {\n\t}\n}\n",
            "package p\nvar _ = x.(type)\nvar _ = x.3\n",
            "package p\nfunc f() {\n\tfunc g() {}\n}\n",
            "package p\nvar x = struct{a int}{1}\nfunc f() {\n\tif x == struct{a int}{1} {\n\t}\n\tfor _ = range T{} {}\n}\n",
            "package p\nfunc f() {\n\tcase 1:\n}\n",
            "package p\nimport \"fmt\"\nvar x int\nimport \"os\"\n",
            "package p\nvar y = \"a\u0000b\"\n",
            "package p\nvar x = \"<FF>\"\nvar y = 1<C0>\n",
            "package p\n\ufeffvar x = 1\n",
            "package p\n//line :10:1\nvar x = )\n/*line :20:5*/var y = )\n",
            "package p\nfunc f() {\n\tgoto\n\tbreak 1\n}\n",
            "package p\ntype T [\n",
            "package p\nfunc f() {\n\tx := 1 +\n}\n",
            "package p\nvar x = a[]\nvar y = a[1 2]\n",
            "package p\nfunc f() {\n\tfor ;; x++ {\n\t}\n\tfor i := 0; i < 3 {\n\t}\n}\n",
            "package p\nfunc f() (a, b) int {}\n",
            "package p\nvar x = map[int]\n",
            "package p\nfunc f() {\nL: )\n}\n",
    };

    @Test
    void ourErrorsAreGcErrors(@TempDir Path dir) throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "Go 1.19 is not installed");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            String name = String.format("c%02d.go", i);
            Files.write(dir.resolve(name), bytes(CASES[i]));
            names.add(name);
        }
        Set<String> gc = gcErrors(dir, names);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES.length; i++) {
            String name = names.get(i);
            Diagnostics diags = new Diagnostics();
            Parser.parse(name, bytes(CASES[i]), diags);
            Set<String> ours = new HashSet<>();
            for (Diagnostic d : diags.sorted()) {
                ours.add(d.toString());
                if (!gc.contains(d.toString())) problems.add("not reported by gc: " + d);
            }
            if (ours.isEmpty()) problems.add(name + ": no error from us");
            for (String g : gc) {
                String file = g.substring(0, g.indexOf(':'));
                if (file.equals(name) && g.contains("syntax error") && !ours.contains(g)) problems.add("missed: " + g);
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * gc stops at the first file whose package clause fails (even with -e), so the files go in
     * batches, each starting after the file where the previous one stopped.
     */
    private static Set<String> gcErrors(Path dir, List<String> names) throws Exception {
        Set<String> out = new HashSet<>();
        int start = 0;
        while (start < names.size()) {
            List<String> lines = run(dir, names.subList(start, names.size()));
            out.addAll(lines);
            int last = -1;
            for (String line : lines) {
                int i = names.indexOf(line.substring(0, Math.max(0, line.indexOf(':'))));
                last = Math.max(last, i);
            }
            if (last < start) break;
            start = last + 1;
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static List<String> run(Path dir, List<String> files) throws Exception {
        List<String> full = new ArrayList<>(List.of(GoOracle.go().orElseThrow().toString(), "tool", "compile", "-e",
                "-o", GoOracle.scratchObject().toString()));
        full.addAll(files);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        return out.lines().toList();
    }

    private static byte[] bytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '<' && i + 3 < s.length() && s.charAt(i + 3) == '>') {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 4;
            } else {
                int cp = s.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }
}

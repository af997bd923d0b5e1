package dev.jgo.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jgo build, run and tool compile as a user meets them: outputs, exit statuses, messages. */
class BuildCommandTest {
    @TempDir Path dir;

    /** What a command printed and returned. */
    record Outcome(int status, String out, String err) {}

    private static Outcome jgo(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Outcome(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path write(String name, String src) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, src);
        return p;
    }

    @Test
    void buildWritesAnExecutableThatRuns() throws Exception {
        Path src = write("hello.go", "package main\n\nfunc main() { println(\"hello, world\") }\n");
        Path exe = dir.resolve("hello");
        assertEquals(0, jgo("build", "-o", exe.toString(), src.toString()).status());
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertEquals("hello, world\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, p.waitFor());
    }

    @Test
    void theSameProgramGivesTheSameBytes() throws Exception {
        String src = Path.of("testdata/programs/initorder.go").toString();
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, jgo("build", "-o", a.toString(), src).status());
        assertEquals(0, jgo("build", "-o", b.toString(), src).status());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void buildRefusesToOverwriteADirectory() throws Exception {
        Path src = write("hello.go", "package main\n\nfunc main() {}\n");
        Files.createDirectory(dir.resolve("out"));
        Outcome o = jgo("build", "-o", dir.resolve("out").toString(), src.toString());
        assertEquals(1, o.status());
        assertTrue(o.err().contains("already exists and is a directory"), o.err());
    }

    @Test
    void userErrorsArePositionedAndExit1() throws Exception {
        Path src = write("bad.go", "package main\n\nfunc main() { x := 1 }\n");
        Outcome o = jgo("build", "-o", dir.resolve("bad").toString(), src.toString());
        assertEquals(1, o.status());
        assertEquals(src + ":3:15: x declared but not used\n", o.err());
    }

    @Test
    void unsupportedConstructsArePositionedAndExit1() throws Exception {
        Path src = write("c.go", "package main\n\nfunc main() {\n\tc := make(chan int, 1)\n\tprintln(len(c))\n}\n");
        Outcome o = jgo("build", "-o", dir.resolve("c").toString(), src.toString());
        assertEquals(1, o.status());
        assertTrue(o.err().startsWith(src + ":4:7: ") && o.err().contains("not supported yet"), o.err());
    }

    @Test
    void runReportsTheProgramsExitStatusAsGoRunDoes() throws Exception {
        Path src = write("nil.go", "package main\n\nfunc main() {\n\tvar p *int\n\tprintln(*p)\n}\n");
        Outcome o = jgo("run", "-abi=stack", src.toString());
        assertEquals(2, o.status());
        assertTrue(o.err().endsWith("exit status 2\n"), o.err());
    }

    @Test
    void compileListingShowsTheSeedsRegisterArguments() throws Exception {
        Path src = Path.of("testdata/programs/seed_add12.go");
        Outcome o = jgo("tool", "compile", "-S", src.toString());
        assertEquals(0, o.status(), o.err());
        String add = o.out().substring(o.out().indexOf("main.add STEXT"), o.out().indexOf("main.main STEXT"));
        StringBuilder spilled = new StringBuilder();
        for (String line : add.split("\n")) {
            Matcher s = Pattern.compile("\tMOVQ\t(\\w+), (\\d+)\\(SP\\)$").matcher(line);
            if (s.find() && Integer.parseInt(s.group(2)) >= 48) spilled.append(s.group(1)).append(' ');
        }
        assertEquals("AX BX CX DI SI R8 R9 R10 R11 ", spilled.toString(), add);
    }

    /** The ABI0 wrapper that assembly calls re-establishes g and X15 before its stack check reads g. */
    @Test
    void compileListingShowsTheWrapperReestablishingGAndX15() throws Exception {
        Outcome o = jgo("tool", "compile", "-S", "testdata/programs/asmclobber");
        assertEquals(0, o.status(), o.err());
        String wrapper = o.out().substring(o.out().indexOf("main.double STEXT dupok"));
        String[] lines = wrapper.split("\n");
        assertTrue(lines[1].contains("DUPOK|ABIWRAPPER|ABI0"), wrapper);
        assertTrue(lines[2].endsWith("\tXORPS\tX15, X15"), wrapper);
        assertTrue(lines[3].endsWith("\tMOVQ\t(TLS), R14"), wrapper);
        assertTrue(lines[4].endsWith("\tCMPQ\tSP, 16(R14)"), wrapper);
    }
}

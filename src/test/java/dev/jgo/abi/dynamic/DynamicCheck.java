package dev.jgo.abi.dynamic;

import dev.jgo.build.Builder;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one batch of the dynamic check (see {@link DynamicProgram} for what is compared): gc builds
 * the harness, jgo compiles the functions under test, {@link CodeImage} links them to run at
 * {@link #IMAGE_BASE} inside the harness process (runtime.duffcopy and runtime.duffzero, which
 * jgo's block moves call, resolved to gc's own, whose layout jgo shares), and the harness runs
 * every case.
 */
final class DynamicCheck {
    /**
     * Where the image is mapped: free in a gc executable (its code starts at 0x400000, its heap
     * near 0xc000000000) and close enough to gc's code for jgo's 32-bit relative calls.
     */
    static final long IMAGE_BASE = 0x10000000L;

    /** gc's runtime functions that jgo's code may call: its Duff's devices. */
    private static final List<String> EXTERNAL = List.of("runtime.duffcopy", "runtime.duffzero");

    /** Crashes per batch after which the batch is given up. */
    private static final int MAX_CRASHES = 10;

    private static final Pattern SUMMARY = Pattern.compile("checked (\\d+) cases, (\\d+) values, (\\d+) mismatches");

    /** The first line of the report of a crash: the Go runtime's, a signal's, or the harness's own. */
    private static final Pattern CRASH = Pattern.compile("fatal error|panic|unexpected (signal|fault)|SIG|harness:");

    /** What a batch found: the values compared and every difference or failure, one line each. */
    record Outcome(int cases, int values, List<String> problems) {}

    private DynamicCheck() {}

    static Outcome run(Path go, DynamicProgram program, Path dir) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Compiled jgo = compileWithJgo(program, dir.resolve("jgo"), problems);
        program = jgo.program();
        Path harness = buildHarness(go, program, dir.resolve("harness"));
        List<SymRef> entries = program.cases().stream().map(c -> SymRef.func("main." + c.jgoName(), Abi.INTERNAL)).toList();
        byte[] image;
        try {
            image = CodeImage.link(jgo.symbols(), entries, gcAddresses(go, harness), IMAGE_BASE);
        } catch (CodeImage.Unresolved e) {
            problems.add(e.getMessage());
            return new Outcome(0, 0, problems);
        }
        Path imageFile = dir.resolve("image.bin");
        Files.write(imageFile, image);

        // a case that crashes the harness is reported and skipped in a rerun, so it hides no other
        Set<Integer> skipped = new TreeSet<>();
        while (true) {
            List<String> command = new ArrayList<>(List.of(harness.toString(), imageFile.toString()));
            skipped.forEach(k -> command.add(Integer.toString(k)));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("GODEBUG", "asyncpreemptoff=1");
            pb.redirectErrorStream(true);
            Report report = Report.of(execute(pb, 120));
            if (report.crash() == null || report.crashedAt() < 0 || skipped.size() == MAX_CRASHES) {
                if (report.crash() != null) problems.add("harness failed before its report: " + report.crash());
                problems.addAll(report.mismatches());
                return new Outcome(report.crash() == null ? program.cases().size() - skipped.size() : 0, report.values(), problems);
            }
            DynamicProgram.Case c = program.cases().get(report.crashedAt());
            problems.add("case " + c.index() + " (" + c.origin() + "): crashed: " + report.crash());
            skipped.add(report.crashedAt());
        }
    }

    /** The program whose functions jgo compiled, and the symbols of the whole (jgo's runtime too). */
    private record Compiled(DynamicProgram program, List<Symbol> symbols) {}

    /**
     * Compiles the program's functions with jgo; a case jgo cannot compile is reported as a
     * problem and left out, so that it hides none of the others.
     */
    private static Compiled compileWithJgo(DynamicProgram program, Path dir, List<String> problems) throws IOException {
        Path source = Files.createDirectories(dir).resolve("main.go");
        while (true) {
            Files.writeString(source, program.jgoSource());
            Diagnostics diags = new Diagnostics();
            List<Symbol> symbols = new Builder(false, PassOptions.DEFAULT, false, diags).compileProgram(List.of(source.toString()));
            if (symbols != null) return new Compiled(program, symbols);
            Set<Integer> failing = new HashSet<>();
            for (Diagnostic d : diags.sorted()) {
                int index = program.caseAt(d.pos().line());
                if (index < 0) throw new IllegalStateException("jgo cannot compile the batch: " + d);
                if (failing.add(index)) problems.add("case " + index + ": jgo cannot compile F" + index + ": " + d.message());
            }
            program = program.without(failing);
        }
    }

    /**
     * What a run of the harness reported: its mismatch lines and the number of values compared,
     * or, when it crashed, the first line saying why and the position of the case that was running
     * (-1 before the first).
     */
    private record Report(List<String> mismatches, int values, String crash, int crashedAt) {
        static Report of(Run run) {
            List<String> mismatches = new ArrayList<>();
            String firstError = null;
            int values = 0, running = -1;
            boolean summarized = false;
            for (String line : run.output.lines().toList()) {
                Matcher m = SUMMARY.matcher(line);
                if (line.startsWith("case ")) running = Integer.parseInt(line.substring("case ".length()).trim());
                else if (line.startsWith("mismatch ")) mismatches.add(line.substring("mismatch ".length()));
                else if (m.matches()) {
                    values = Integer.parseInt(m.group(2));
                    summarized = true;
                } else if (firstError == null && CRASH.matcher(line).lookingAt()) firstError = line;
            }
            if (run.exit == 0 && summarized) return new Report(mismatches, values, null, -1);
            return new Report(mismatches, values, "exit " + run.exit + (firstError == null ? "" : ", " + firstError), running);
        }
    }

    private static Path buildHarness(Path go, DynamicProgram program, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (InputStream in = DynamicCheck.class.getResourceAsStream("support.go")) {
            Files.write(dir.resolve("support.go"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("cases.go"), program.harnessSource(IMAGE_BASE));
        Path exe = dir.resolve("harness");
        ProcessBuilder pb = goCommand(go, dir, "build", "-o", exe.toString(), ".");
        Run run = execute(pb.redirectErrorStream(true), 300);
        if (run.exit != 0) throw new IllegalStateException("gc cannot build the harness:\n" + run.output);
        return exe;
    }

    /** Addresses of the external symbols in gc's executable, from its symbol table. */
    private static Map<String, Long> gcAddresses(Path go, Path exe) throws IOException, InterruptedException {
        Run run = execute(goCommand(go, exe.getParent(), "tool", "nm", exe.toString()), 60);
        Map<String, Long> out = new HashMap<>();
        for (String line : run.output.lines().toList()) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 3 && EXTERNAL.contains(w[2])) out.put(w[2], Long.parseUnsignedLong(w[0], 16));
        }
        if (out.size() != EXTERNAL.size()) throw new IllegalStateException("gc's harness lacks one of " + EXTERNAL + ": " + out);
        return out;
    }

    private static ProcessBuilder goCommand(Path go, Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(go.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOFLAGS", "");
        pb.environment().putIfAbsent("GOCACHE", System.getProperty("java.io.tmpdir") + "/jgo-gocache");
        return pb;
    }

    private record Run(int exit, String output) {}

    /** Runs pb with its standard output (and error, where pb merges them) in a file, for at most seconds. */
    private static Run execute(ProcessBuilder pb, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jgo-dyncheck-", ".out");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly().waitFor();
            String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            return done ? new Run(p.exitValue(), text) : new Run(-1, text + "\n(timed out)");
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

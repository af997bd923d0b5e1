package dev.jgo.bench;

import dev.jgo.build.Loader;
import dev.jgo.conformance.SuiteFile;
import dev.jgo.conformance.ValidPrograms;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Parser;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The front end's throughput in a warm JVM (not a test; run by bench/frontend/run.sh): parsing
 * every .go file of GOROOT/src, and parsing plus type-checking the conformance suite's valid
 * programs the way {@code jgo tool check} does. Each measurement runs warm-up rounds, then
 * reports the median of the timed rounds, in source lines per second.
 */
public final class FrontendBench {
    private static final long STACK_BYTES = 1L << 30;

    private final int warmups;
    private final int rounds;

    private FrontendBench(int warmups, int rounds) {
        this.warmups = warmups;
        this.rounds = rounds;
    }

    /** Arguments: [warm-up rounds [timed rounds]], 3 and 5 by default. */
    public static void main(String[] args) throws Exception {
        FrontendBench bench = new FrontendBench(args.length > 0 ? Integer.parseInt(args[0]) : 3,
                args.length > 1 ? Integer.parseInt(args[1]) : 5);
        Path goroot = GoOracle.goroot().orElseThrow(() -> new IllegalStateException("Go 1.19 (golang-1.19-src) is not installed"));
        System.out.printf("java %s, %d CPUs, load average %.1f (other processes slow the rounds down)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                bench.parse(goroot.resolve("src"));
                bench.check(goroot.resolve("test"));
            } catch (IOException e) {
                failure[0] = e;
            }
        }, "bench", STACK_BYTES);
        t.start();
        t.join();
        if (failure[0] != null) throw new IllegalStateException(failure[0]);
    }

    /** One source file held in memory, so that reading the disk is not measured. */
    private record Source(Path path, byte[] bytes, int lines) {}

    private void parse(Path src) throws IOException {
        List<Source> files = load(goFilesUnder(src));
        System.out.println("parse: every .go file of " + src + ": " + describe(files));
        measure(files, () -> {
            int crashed = 0;
            for (Source f : files) {
                try {
                    Parser.parse(f.path().toString(), f.bytes(), new Diagnostics());
                } catch (RuntimeException | StackOverflowError e) {
                    crashed++;
                }
            }
            return crashed;
        });
    }

    private void check(Path testDir) throws IOException {
        List<Path> paths = ValidPrograms.eligible(ValidPrograms.candidates(testDir)).stream().map(SuiteFile::path).toList();
        List<Source> files = load(paths);
        System.out.println("parse+check: the conformance suite's valid programs jgo can check (see docs/testing.md): "
                + describe(files));
        measure(files, () -> {
            int failed = 0;
            for (Source f : files) {
                Diagnostics diags = new Diagnostics();
                try {
                    Loader.standard(diags).loadMain(List.of(f.path().toString()));
                    if (diags.hasErrors()) failed++;
                } catch (RuntimeException | StackOverflowError e) {
                    failed++;
                }
            }
            return failed;
        });
    }

    /** A round over all files; returns how many files failed (threw, or for check: had errors). */
    private interface Round {
        int run();
    }

    private void measure(List<Source> files, Round round) {
        long lines = files.stream().mapToLong(Source::lines).sum();
        for (int i = 0; i < warmups; i++) {
            long start = System.nanoTime();
            int failed = round.run();
            System.out.printf("  warm-up %d: %.2f s%s%n", i + 1, seconds(start), failures(failed));
        }
        double[] times = new double[rounds];
        int failed = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            failed = round.run();
            times[i] = seconds(start);
        }
        Arrays.sort(times);
        double median = times[rounds / 2];
        System.out.printf("  median of %d: %.3f s (min %.3f, max %.3f) = %,.0f lines/s%s%n",
                rounds, median, times[0], times[rounds - 1], lines / median, failures(failed));
    }

    private static String failures(int failed) {
        return failed == 0 ? "" : ", " + failed + " files failed (threw, or had errors when checked)";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static List<Path> goFilesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir.toRealPath())) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static List<Source> load(List<Path> paths) throws IOException {
        List<Source> out = new ArrayList<>();
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            int lines = 0;
            for (byte x : b) if (x == '\n') lines++;
            out.add(new Source(p, b, lines));
        }
        return out;
    }

    private static String describe(List<Source> files) {
        long lines = files.stream().mapToLong(Source::lines).sum();
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
        return String.format("%,d files, %,d lines, %.1f MB", files.size(), lines, bytes / 1e6);
    }
}

package dev.jgo.conformance;

import dev.jgo.build.Loader;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs jgo's front end (parse and type-check through the {@link Loader}, as {@code jgo tool check}
 * does) on a thread with the CLI's 1 GiB stack, and turns whatever happens into an
 * {@link Outcome}: the sorted diagnostics, an exception that escaped or was reported as an internal
 * compiler error, or a timeout. A harness
 * must keep going when the front end under test crashes or hangs, so nothing here throws.
 */
public final class FrontEnd {
    /** The stack the CLI gives the compiler (see dev.jgo.cmd.Main): deep nesting recurses deeply. */
    private static final long STACK_BYTES = 1L << 30;
    /** How jgo's stages begin the message of a bug they caught in themselves. */
    private static final String INTERNAL_ERROR = "internal compiler error";

    private FrontEnd() {}

    /** What one run of the front end did. */
    public sealed interface Outcome {
        /** It finished: the errors it reported, sorted and de-duplicated as gc prints them. */
        record Checked(List<Diagnostic> diagnostics) implements Outcome {}

        /** An exception or error escaped from it: always a bug in jgo. */
        record Crashed(Throwable error) implements Outcome {}

        /**
         * It caught an exception of its own and reported it as an "internal compiler error"
         * diagnostic (the parser and checker do that, with the position being compiled): a bug in
         * jgo too, however the other diagnostics look.
         */
        record InternalError(Diagnostic diagnostic) implements Outcome {}

        /** It did not finish within the limit; its thread is abandoned (daemon, interrupted). */
        record TimedOut(Duration limit) implements Outcome {}

        /** A one-line description for reports. */
        default String describe() {
            return switch (this) {
                case Checked c -> c.diagnostics().isEmpty() ? "no errors" : c.diagnostics().size() + " errors";
                case Crashed c -> "crashed: " + firstLine(c.error());
                case InternalError i -> i.diagnostic().toString();
                case TimedOut t -> "timed out after " + t.limit().toSeconds() + " s";
            };
        }
    }

    /** Loads the package made of these files as {@code jgo tool check files...} would. */
    public static Outcome check(List<Path> files, Duration limit) {
        List<String> inputs = files.stream().map(Path::toString).toList();
        return run(() -> {
            Diagnostics diags = new Diagnostics();
            Loader.standard(diags).loadMain(inputs);
            return diags.sorted();
        }, limit);
    }

    /** Runs work on a fresh large-stack daemon thread, waiting at most limit. */
    private static Outcome run(Supplier<List<Diagnostic>> work, Duration limit) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.complete(judge(work.get()));
            } catch (Throwable t) { // the point of a harness: any escape is a finding, not a stop
                result.complete(new Outcome.Crashed(t));
            }
        }, "jgo-frontend", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return new Outcome.TimedOut(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            return new Outcome.TimedOut(limit);
        } catch (ExecutionException e) {
            return new Outcome.Crashed(e.getCause());
        }
    }

    private static Outcome judge(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.message().startsWith(INTERNAL_ERROR)) return new Outcome.InternalError(d);
        }
        return new Outcome.Checked(diagnostics);
    }

    private static String firstLine(Throwable t) {
        StackTraceElement[] at = t.getStackTrace();
        return t + (at.length > 0 ? " at " + at[0] : "");
    }
}

package dev.jgo.cmd;

import picocli.CommandLine;

/**
 * Entry point of the jgo command. Runs the CLI on a thread with a large stack, because the
 * parser and checker recurse as deeply as the user's expressions nest.
 */
public final class Main {
    private static final long STACK_BYTES = 1L << 30;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        int[] status = {0};
        Thread worker = new Thread(null, () -> {
            try {
                status[0] = run(args);
            } catch (Throwable t) {
                status[0] = internalError(t);
            }
        }, "jgo", STACK_BYTES);
        worker.start();
        worker.join();
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    /** Runs one jgo command line and returns its exit status. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new JgoCommand());
        cli.setParameterExceptionHandler(Main::usageError);
        // jgo run prog.go -flag: everything after the program is the program's.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> internalError(ex));
        return cli.execute(args);
    }

    /**
     * A bug in jgo that no stage caught with a position (stages report their own bugs as
     * positioned diagnostics). The Java stack trace is shown only when JGO_DEBUG is set.
     */
    private static int internalError(Throwable ex) {
        System.err.println("internal compiler error: " + ex);
        if (System.getenv("JGO_DEBUG") != null) {
            ex.printStackTrace();
        } else {
            System.err.println("(set JGO_DEBUG=1 for the Java stack trace, and please report this bug)");
        }
        return 3;
    }

    /** A bad command line: one line saying what is wrong, then the usage, exit 2 (as the go command). */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        System.err.println(describe(ex, cmd));
        cmd.usage(System.err);
        return 2;
    }

    /** The go command's wording: "flag provided but not defined: -x", "jgo x: unknown command". */
    private static String describe(CommandLine.ParameterException ex, CommandLine cmd) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) return "flag provided but not defined: " + first;
            if (!cmd.getSubcommands().isEmpty()) return cmd.getCommandSpec().qualifiedName(" ") + " " + first + ": unknown command";
        }
        return cmd.getCommandSpec().qualifiedName(" ") + ": " + ex.getMessage();
    }
}

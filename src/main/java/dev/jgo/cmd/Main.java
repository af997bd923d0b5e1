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
        Thread worker = new Thread(null, () -> status[0] = run(args), "jgo", STACK_BYTES);
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
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            System.err.println("internal compiler error: " + ex);
            ex.printStackTrace();
            return 3;
        });
        return cli.execute(args);
    }

    /** A bad command line: one line saying what is wrong, then the usage, exit 2 (as the go command). */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        System.err.println("jgo: " + ex.getMessage());
        cmd.usage(System.err);
        return 2;
    }
}

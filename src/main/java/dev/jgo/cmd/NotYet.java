package dev.jgo.cmd;

/** The plain answer of a command whose stage has not been built yet. */
final class NotYet {
    private NotYet() {}

    static int say(String what) {
        System.err.println("jgo: " + what + " is not implemented yet (code generation has not landed)");
        return 2;
    }
}

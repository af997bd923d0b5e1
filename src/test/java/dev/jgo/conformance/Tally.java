package dev.jgo.conformance;

import dev.jgo.conformance.FrontEnd.Outcome;

/** Counts a runner's passes and the front-end runs that crashed, failed internally or timed out. */
final class Tally {
    private int passed;
    private int crashed;
    private int internalErrors;
    private int timedOut;

    /** Counts one file: what the front end did, and whether the runner judged it a pass. */
    void add(Outcome outcome, boolean pass) {
        if (pass) passed++;
        switch (outcome) {
            case Outcome.Crashed c -> crashed++;
            case Outcome.InternalError i -> internalErrors++;
            case Outcome.TimedOut t -> timedOut++;
            case Outcome.Checked c -> { }
        }
    }

    int passed() {
        return passed;
    }

    String problems() {
        return "front end crashed on " + crashed + ", reported an internal compiler error on " + internalErrors
                + ", timed out on " + timedOut;
    }
}

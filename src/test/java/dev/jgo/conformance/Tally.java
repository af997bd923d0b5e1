package dev.jgo.conformance;

import dev.jgo.conformance.FrontEnd.Outcome;

/** Counts a runner's passes and the front-end runs that crashed or timed out. */
final class Tally {
    int passed;
    private int crashed;
    private int timedOut;

    void add(Outcome outcome) {
        switch (outcome) {
            case Outcome.Crashed c -> crashed++;
            case Outcome.TimedOut t -> timedOut++;
            case Outcome.Checked c -> { }
        }
    }

    String problems() {
        return "front end crashed on " + crashed + ", timed out on " + timedOut;
    }
}

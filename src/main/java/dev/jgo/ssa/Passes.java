package dev.jgo.ssa;

import java.util.List;

/**
 * The ordered pass table and the driver that runs it. The order follows gc's (compile.go) for
 * the passes that exist so far; later work inserts its passes at the marked places: call
 * expansion after nilcheckelim, then lowering, scheduling, register allocation after critical.
 */
public final class Passes {
    private Passes() {}

    public static final List<Pass> TABLE = List.of(
            new Pass("early phielim", PhiElim::run, false),
            new Pass("early copyelim", CopyElim::run, false),
            new Pass("early deadcode", DeadCode::run, false),
            new Pass("opt", f -> Rewrite.run(f, GenericRules.INSTANCE), false),
            // Required: removes the blocks orphaned when opt decides a branch.
            new Pass("opt deadcode", DeadCode::run, true),
            new Pass("generic cse", Cse::run, false),
            new Pass("gcse deadcode", DeadCode::run, true),
            new Pass("nilcheckelim", NilCheckElim::run, false),
            new Pass("early fuse", Fuse::run, false),
            // expand calls, lower, and the machine-dependent passes go here.
            new Pass("late phielim", PhiElim::run, false),
            new Pass("late copyelim", CopyElim::run, false),
            new Pass("late deadcode", DeadCode::run, false),
            new Pass("critical", CriticalEdges::run, true));

    /** The pass with this name (spaces or underscores), or null. */
    public static Pass named(String name) {
        for (Pass p : TABLE) {
            if (p.name().equals(name) || p.flagName().equals(name)) return p;
        }
        return null;
    }

    /**
     * Runs the table on f: every required pass, the others only when optimizing and not
     * disabled. After each pass that ran, checks the invariants if asked and writes the dumps
     * asked for. "build" dumps f as it arrives.
     */
    public static void run(Func f, PassOptions options) {
        if (options.check()) Check.run(f);
        options.dump().write(f, "build");
        for (Pass p : TABLE) {
            if (!p.required() && (!options.optimize() || options.disabled().contains(p.name()))) continue;
            p.fn().accept(f);
            if (options.check()) {
                try {
                    Check.run(f);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("after pass " + p.name() + ": " + e.getMessage(), e);
                }
            }
            options.dump().write(f, p.name());
        }
    }
}

package dev.jgo.ssa;

import java.util.HashSet;
import java.util.Set;

/**
 * How to run the pass table: optimize (false under -N: only required passes run), check the
 * invariants after every pass, passes switched off by name, and the dumps wanted.
 */
public record PassOptions(boolean optimize, boolean check, Set<String> disabled, DumpConfig dump) {

    public static final PassOptions DEFAULT = new PassOptions(true, false, Set.of(), DumpConfig.NONE);

    /**
     * Reads gc-style debug options, comma-separated: {@code ssa/<pass>/dump=<func>},
     * {@code ssa/<pass>/off} (or {@code on}, {@code off=0}, {@code on=1}), {@code ssa/check/on} and
     * {@code ssa/check/off}. Pass names use underscores for spaces; "all" and "build" may be
     * dumped. A malformed option throws IllegalArgumentException whose message is gc's wording,
     * meant for the user.
     */
    public static PassOptions parse(String spec, boolean optimize, DumpConfig dump) {
        boolean check = false;
        Set<String> disabled = new HashSet<>();
        for (String item : spec.split(",")) {
            if (item.isEmpty()) continue;
            String[] parts = item.split("/", 3);
            if (parts.length != 3 || !parts[0].equals("ssa")) {
                throw new IllegalArgumentException("unknown debug key " + item);
            }
            String phase = parts[1];
            String flag = parts[2];
            String value = "1";
            int eq = flag.indexOf('=');
            if (eq >= 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            }
            if (flag.equals("dump")) {
                if (!phase.equals("all") && !phase.equals("build") && Passes.named(phase) == null) {
                    throw noPhase(phase);
                }
                dump.add(phase, value);
                continue;
            }
            boolean on = switch (flag) {
                case "on" -> !value.equals("0");
                case "off" -> value.equals("0");
                default -> throw new IllegalArgumentException(
                        "Did not find a flag matching " + flag + " in -d=ssa/" + phase + " debug option");
            };
            if (phase.equals("check")) {
                check = on;
                continue;
            }
            Pass p = Passes.named(phase);
            if (p == null) throw noPhase(phase);
            if (!on && p.required()) {
                throw new IllegalArgumentException("Cannot disable required SSA phase " + phase
                        + " using -d=ssa/" + phase + " debug option");
            }
            if (on) disabled.remove(p.name());
            else disabled.add(p.name());
        }
        return new PassOptions(optimize, check, Set.copyOf(disabled), dump);
    }

    private static IllegalArgumentException noPhase(String phase) {
        return new IllegalArgumentException("Did not find a phase matching " + phase + " in -d=ssa/... debug option");
    }

    public PassOptions withCheck(boolean check) {
        return new PassOptions(optimize, check, disabled, dump);
    }
}

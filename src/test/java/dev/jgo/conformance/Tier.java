package dev.jgo.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The test tiers: "fast" (the default of a plain {@code mvn test}, and {@code JGO_TIER=fast
 * ./test.sh}) and "all" (./test.sh and the CI), set as the system property {@code jgo.tier}.
 */
public final class Tier {
    private Tier() {}

    /** Skips the calling test unless the slow tier runs. */
    public static void requireAll() {
        assumeTrue("all".equals(System.getProperty("jgo.tier")),
                "slow test: runs with -Djgo.tier=all (./test.sh, CI)");
    }
}

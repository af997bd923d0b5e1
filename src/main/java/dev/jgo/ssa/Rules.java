package dev.jgo.ssa;

/**
 * A set of rewrite rules, applied by {@link Rewrite} until none fires. Each method looks at one
 * value or block, rewrites it in place if a rule matches, and reports whether it did.
 */
public interface Rules {
    boolean rewrite(Value v);

    boolean rewrite(Block b);
}

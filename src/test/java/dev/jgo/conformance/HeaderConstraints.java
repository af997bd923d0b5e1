package dev.jgo.conformance;

import java.util.Set;

/**
 * Decides whether gc's own test harness would run a conformance test on linux/amd64: the
 * {@code // +build} and {@code //go:build} lines of the file's header (before {@code package})
 * must all hold. The tags that hold are those gc's harness grants there (target, compiler "gc",
 * "test_run", Go 1.19's default experiments), without cgo: jgo has no C toolchain.
 */
final class HeaderConstraints {
    private static final Set<String> TRUE_TAGS = Set.of("linux", "amd64", "gc", "test_run",
            "goexperiment.regabiwrappers", "goexperiment.regabiargs");

    private final String expr;
    private int at;

    private HeaderConstraints(String expr) {
        this.expr = expr;
    }

    /** Whether every build line of the header admits linux/amd64. */
    static boolean admit(String source) {
        for (String line : source.split("\n")) {
            if (line.startsWith("package ")) break;
            if (!lineHolds(line.strip())) return false;
        }
        return true;
    }

    private static boolean lineHolds(String line) {
        if (line.startsWith("//go:build ")) return goBuildHolds(line.substring("//go:build ".length()));
        if (line.startsWith("//")) {
            String rest = line.substring(2).stripLeading();
            if (rest.startsWith("+build ")) return plusBuildHolds(rest.substring("+build ".length()));
        }
        return true;
    }

    /** {@code // +build a,!b c}: space-separated alternatives of comma-separated conjunctions. */
    private static boolean plusBuildHolds(String fields) {
        for (String alternative : fields.trim().split("\\s+")) {
            boolean all = true;
            for (String term : alternative.split(",")) {
                all &= term.startsWith("!") ? !TRUE_TAGS.contains(term.substring(1)) : TRUE_TAGS.contains(term);
            }
            if (all) return true;
        }
        return false;
    }

    /** {@code //go:build} expressions: ||, &&, !, parentheses, tags. */
    private static boolean goBuildHolds(String expr) {
        HeaderConstraints p = new HeaderConstraints(expr);
        boolean v = p.or();
        p.skipSpace();
        return v && p.at == expr.length();
    }

    private boolean or() {
        boolean v = and();
        while (eat("||")) v |= and();
        return v;
    }

    private boolean and() {
        boolean v = unary();
        while (eat("&&")) v &= unary();
        return v;
    }

    private boolean unary() {
        if (eat("!")) return !unary();
        if (eat("(")) {
            boolean v = or();
            return eat(")") && v;
        }
        skipSpace();
        int start = at;
        while (at < expr.length() && isTagChar(expr.charAt(at))) at++;
        return TRUE_TAGS.contains(expr.substring(start, at));
    }

    private static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private boolean eat(String token) {
        skipSpace();
        if (!expr.startsWith(token, at)) return false;
        at += token.length();
        return true;
    }

    private void skipSpace() {
        while (at < expr.length() && Character.isWhitespace(expr.charAt(at))) at++;
    }
}

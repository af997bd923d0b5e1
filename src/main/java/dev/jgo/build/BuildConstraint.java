package dev.jgo.build;

import java.util.Set;

/**
 * Evaluates {@code //go:build} expressions ({@code linux && (amd64 || arm64) && !cgo}) and the
 * {@code _GOOS}/{@code _GOARCH} file-name suffixes against jgo's one target, linux/amd64.
 */
final class BuildConstraint {
    /** Tags that hold for every jgo build: the target, the compiler's family, every Go release to 1.19. */
    private static final Set<String> TRUE_TAGS = buildTags();
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly",
            "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9",
            "solaris", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "arm", "arm64", "loong64",
            "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm",
            "sparc64", "amd64p32", "armbe", "arm64be", "ppc", "riscv", "s390", "sparc", "mips64p32",
            "mips64p32le", "mipsbe", "mips64be");

    private final String text;
    private int at;

    private BuildConstraint(String text) {
        this.text = text;
    }

    private static Set<String> buildTags() {
        var tags = new java.util.HashSet<>(Set.of("linux", "amd64", "unix", "gc", "jgo"));
        for (int minor = 1; minor <= 19; minor++) tags.add("go1." + minor);
        return Set.copyOf(tags);
    }

    /** Whether the expression after {@code //go:build} holds; a malformed one holds nowhere. */
    static boolean holds(String expr) {
        BuildConstraint p = new BuildConstraint(expr);
        try {
            boolean v = p.or();
            p.skipSpace();
            return p.at == p.text.length() && v;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a file name's {@code _os}, {@code _arch} or {@code _os_arch} suffix admits linux/amd64. */
    static boolean fileNameMatches(String name) {
        String base = name.endsWith(".go") ? name.substring(0, name.length() - 3)
                : name.endsWith(".s") ? name.substring(0, name.length() - 2) : name;
        if (base.endsWith("_test")) base = base.substring(0, base.length() - 5);
        String[] parts = base.split("_");
        int n = parts.length;
        if (n >= 3 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 2].equals("linux") && parts[n - 1].equals("amd64");
        }
        if (n >= 2 && KNOWN_OS.contains(parts[n - 1])) return parts[n - 1].equals("linux");
        if (n >= 2 && KNOWN_ARCH.contains(parts[n - 1])) return parts[n - 1].equals("amd64");
        return true;
    }

    private boolean or() {
        boolean v = and();
        while (eat("||")) v |= and();
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (eat("&&")) v &= not();
        return v;
    }

    private boolean not() {
        if (eat("!")) return !not();
        if (eat("(")) {
            boolean v = or();
            if (!eat(")")) throw new IllegalArgumentException("missing )");
            return v;
        }
        skipSpace();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '.')) at++;
        if (start == at) throw new IllegalArgumentException("missing tag");
        return TRUE_TAGS.contains(text.substring(start, at));
    }

    private boolean eat(String s) {
        skipSpace();
        if (text.startsWith(s, at)) {
            at += s.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }
}

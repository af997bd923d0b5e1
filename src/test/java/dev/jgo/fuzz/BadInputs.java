package dev.jgo.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generators of inputs no compiler should choke on, all deterministic (a seeded Random): each
 * returns source bytes that are invalid Go in some way, or valid but extreme in size or depth.
 */
final class BadInputs {
    private static final String[] TOKENS = {
        "package", "import", "func", "var", "const", "type", "struct", "interface", "map", "chan",
        "go", "defer", "return", "if", "else", "for", "range", "switch", "case", "default", "select",
        "break", "continue", "goto", "fallthrough", "x", "y", "_", "main", "int", "string", "nil",
        "true", "iota", "len", "0", "42", "0x1F", "1e9", "3.14", "2i", "'a'", "'\\n'", "\"s\"", "`raw`",
        "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "&&", "||", "<-", "++", "--",
        "==", "!=", "<", "<=", ">", ">=", "=", ":=", "!", "...", ".", ",", ";", ":", "(", ")", "[", "]",
        "{", "}", "~", "\n", " ", "// c\n", "/* c */", "/*", "\"", "`", "'", "0x", "1e", "09",
    };

    private final Random random;

    BadInputs(long seed) {
        random = new Random(seed);
    }

    /** count prefixes of source, cut at random byte offsets (so also inside tokens and UTF-8 sequences). */
    List<byte[]> truncations(byte[] source, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] prefix = new byte[random.nextInt(source.length + 1)];
            System.arraycopy(source, 0, prefix, 0, prefix.length);
            out.add(prefix);
        }
        return out;
    }

    /**
     * A valid program changed a little: a line deleted, duplicated or swapped with the next, a
     * few characters cut, or a token put in. About half of such mutants still parse, so they
     * reach the type checker with mistakes a programmer could make.
     */
    byte[] mutant(String program) {
        List<String> lines = new ArrayList<>(List.of(program.split("\n", -1)));
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n && lines.size() > 2; k++) {
            int i = random.nextInt(lines.size() - 1);
            String line = lines.get(i);
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, lines.set(i + 1, line));
                case 3 -> {
                    int from = random.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, from) + line.substring(Math.min(line.length(), from + 1 + random.nextInt(10))));
                }
                default -> {
                    int at = random.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + " " + TOKENS[random.nextInt(TOKENS.length)] + " " + line.substring(at));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Random bytes, some after a valid package clause so that the garbage reaches the parser proper. */
    byte[] garbage(int maxLength) {
        byte[] junk = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(junk);
        return random.nextBoolean() ? junk : concat(ascii("package p\n"), junk);
    }

    /** A valid program with malformed UTF-8 in an identifier, a string, a rune, a comment, or a BOM inside. */
    byte[] invalidUtf8() {
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {0}};
        String[] where = {"var a% = 1\n", "var s = \"%\"\n", "var r = '%'\n", "// %\n", "var t = `%`\n", "func f%() {}\n", "%\n"};
        StringBuilder template = new StringBuilder("package p\n");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) template.append(where[random.nextInt(where.length)]);
        String[] parts = template.toString().split("%", -1);
        byte[] out = ascii(parts[0]);
        for (int i = 1; i < parts.length; i++) out = concat(concat(out, bad[random.nextInt(bad.length)]), ascii(parts[i]));
        return out;
    }

    /** Up to maxTokens random Go tokens, half of the time after a package clause. */
    byte[] tokenSoup(int maxTokens) {
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "package p\n" : "");
        int n = random.nextInt(maxTokens + 1);
        for (int i = 0; i < n; i++) b.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A declaration whose body nests depth times: open, then core, then close (left off when unclosed). */
    static byte[] nested(String declPrefix, String open, String core, String close, int depth, boolean closed) {
        return ascii("package p\n\n" + declPrefix + open.repeat(depth) + core + (closed ? close.repeat(depth) : "") + "\n");
    }

    /** A valid package of at least bytes bytes: many small functions with locals, loops and calls. */
    static byte[] large(int bytes) {
        StringBuilder b = new StringBuilder("package p\n\nfunc f0(a int) int { return a }\n");
        for (int i = 1; b.length() < bytes; i++) {
            b.append("\nfunc f").append(i).append("(a int) int {\n")
                    .append("\tvar s [4]int\n")
                    .append("\tfor i := 0; i < len(s); i++ {\n\t\ts[i] = a*i + f").append(i - 1).append("(i)\n\t}\n")
                    .append("\tif a > ").append(i).append(" {\n\t\treturn s[0] - s[3]\n\t}\n")
                    .append("\treturn s[1] + s[2]\n}\n");
        }
        return ascii(b.toString());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.jgo.asm;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions of a {@code go tool asm -S} listing: each one's code bytes (with relocated fields
 * zeroed), the code offset and source line of each instruction, and its relocations.
 */
record GcListing(Map<String, Function> functions) {
    record Insn(int pc, int line, String text) {}

    record Rel(int offset, int size, String target) {}

    record Function(String name, byte[] code, List<Insn> insns, List<Rel> rels) {}

    private static final Pattern HEADER = Pattern.compile("^(\\S+) STEXT.*");
    private static final Pattern INSN = Pattern.compile("^\\t0x([0-9a-f]{4}) \\d{5} \\([^:]+:(\\d+)\\)\\t(.*)$");
    private static final Pattern HEX = Pattern.compile("^\\t0x([0-9a-f]{4}) ((?:[0-9a-f]{2} )+).*$");
    private static final Pattern REL = Pattern.compile("^\\trel (\\d+)\\+(\\d+) t=\\d+ (\\S+)\\+-?\\d+$");

    /** Parses a listing; {@code "".} names become {@code pkg.}. */
    static GcListing parse(String listing, String pkg) {
        Map<String, Function> functions = new LinkedHashMap<>();
        String name = null;
        List<Insn> insns = null;
        List<Rel> rels = null;
        StringBuilder hex = null;
        for (String line : (listing + "\nEND\n").split("\n")) {
            Matcher m;
            boolean other = !line.startsWith("\t");
            if (other && name != null) {
                byte[] code = HexFormat.of().parseHex(hex.toString());
                for (Rel r : rels) java.util.Arrays.fill(code, r.offset(), r.offset() + r.size(), (byte) 0);
                functions.put(name, new Function(name, code, insns, rels));
                name = null;
            }
            if ((m = HEADER.matcher(line)).matches()) {
                name = m.group(1).replace("\"\".", pkg + ".");
                insns = new ArrayList<>();
                rels = new ArrayList<>();
                hex = new StringBuilder();
            } else if (name == null) {
                continue;
            } else if ((m = INSN.matcher(line)).matches()) {
                insns.add(new Insn(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2)), m.group(3)));
            } else if ((m = HEX.matcher(line)).matches()) {
                hex.append(m.group(2).replace(" ", ""));
            } else if ((m = REL.matcher(line)).matches()) {
                rels.add(new Rel(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).replace("\"\".", pkg + ".")));
            }
        }
        return new GcListing(functions);
    }
}

package dev.jgo.amd64;

import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the functions of a {@code go tool compile -S} listing back into Progs: gc's instruction
 * text parsed with Go's operand syntax, branch targets (code offsets) turned into labels, gc's jump
 * padding (NOPs that occupy bytes) dropped since the encoder regenerates it.
 */
final class GcListing {
    /** A function gc listed, as Progs, and the listing our printer should reproduce. */
    record Function(Plan9.Text text, List<Prog> progs, String expected) {}

    private static final Pattern HEADER = Pattern.compile("^(\\S+) STEXT .*size=(\\d+) args=0x([0-9a-f]+) locals=0x([0-9a-f]+) funcid=0x([0-9a-f]+).*$");
    private static final Pattern INSN = Pattern.compile("^\\t0x([0-9a-f]{4,}) (\\d{5}) \\((.*)\\)\\t(\\S+)(?:\\t(.*))?$");
    private static final Pattern DUMP = Pattern.compile("^\\t0x[0-9a-f]{4,} (?:[0-9a-f]{2} )+.*$");
    private static final Pattern REL = Pattern.compile("^\\trel (\\d+)\\+(\\d+) t=(-?\\d+) .*$");
    private static final Pattern MEM = Pattern.compile("^([^()]*)(?:\\((\\w+)\\))?(?:\\((\\w+)\\*([1248])\\))?$");
    private static final Pattern SYM_OFF = Pattern.compile("^(.*?)([+-]\\d+)?$");
    private static final Map<String, Reg> REGS = registers();

    /** Functions parsed; those using instructions or operands jgo does not model are counted as skipped. */
    int skipped;
    final List<String> unknown = new ArrayList<>();

    List<Function> parse(String listing) {
        List<Function> functions = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : listing.split("\n")) {
            if (!line.startsWith("\t") && !block.isEmpty()) {
                function(block).ifPresent(functions::add);
                block.clear();
            }
            if (!line.startsWith("\t") && !HEADER.matcher(line).matches()) continue;
            block.add(line);
        }
        if (!block.isEmpty()) function(block).ifPresent(functions::add);
        return functions;
    }

    private java.util.Optional<Function> function(List<String> block) {
        Matcher h = HEADER.matcher(block.get(0));
        if (!h.matches()) return java.util.Optional.empty();
        int size = Integer.parseInt(h.group(2));
        List<Matcher> insns = new ArrayList<>();
        StringBuilder expected = new StringBuilder(block.get(0)).append('\n');
        for (String line : block.subList(1, block.size())) {
            Matcher m = INSN.matcher(line);
            if (m.matches()) {
                insns.add(m);
                expected.append(line).append('\n');
            } else if (DUMP.matcher(line).matches() || keptRel(line)) {
                expected.append(line).append('\n');
            }
        }
        try {
            return java.util.Optional.of(new Function(text(h, insns.get(0)), progs(insns, size), expected.toString()));
        } catch (IllegalArgumentException e) {
            skipped++;
            unknown.add(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Relocations of the kinds jgo's encoder makes: R_ADDR (1), R_CALL (7), R_PCREL (14), R_TLS_LE (15). */
    private static boolean keptRel(String line) {
        Matcher m = REL.matcher(line);
        return m.matches() && Stream.of("1", "7", "14", "15").anyMatch(m.group(3)::equals) && !m.group(2).equals("0");
    }

    private static Plan9.Text text(Matcher header, Matcher textLine) {
        List<String> parts = split(textLine.group(5));
        String[] frame = parts.get(parts.size() - 1).substring(1).split("-");
        List<String> flags = parts.size() == 3 ? List.of(parts.get(1).split("\\|")) : List.of();
        return new Plan9.Text(header.group(1), pos(textLine.group(3)), flags, Long.parseLong(frame[0]), Long.parseLong(frame[1]),
                Integer.parseInt(header.group(5), 16));
    }

    private static List<Prog> progs(List<Matcher> insns, int size) {
        Map<Integer, Label> targets = new HashMap<>();
        List<Prog> progs = new ArrayList<>();
        List<Integer> pcs = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            Matcher m = insns.get(i);
            String op = m.group(4);
            int pc = Integer.parseInt(m.group(1), 16);
            int next = i + 1 < insns.size() ? Integer.parseInt(insns.get(i + 1).group(1), 16) : size;
            if (op.equals("TEXT") || op.equals("NOP") && next > pc) continue;
            Op code;
            try {
                code = Op.valueOf(op);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mnemonic " + op);
            }
            boolean branch = code.shape() instanceof Shape.JumpCC || code.shape() instanceof Shape.Jump;
            List<Operand> args = new ArrayList<>();
            if (m.group(5) != null) {
                for (String a : split(m.group(5))) {
                    args.add(branch && a.matches("\\d+") ? targets.computeIfAbsent(Integer.parseInt(a), Label::new) : operand(a));
                }
            }
            progs.add(new Prog(code, args, pos(m.group(3))));
            pcs.add(pc);
        }
        List<Prog> placed = new ArrayList<>();
        for (int i = 0; i < progs.size(); i++) {
            Label l = targets.remove(pcs.get(i));
            if (l != null) placed.add(Prog.place(l));
            placed.add(progs.get(i));
        }
        if (!targets.isEmpty()) throw new IllegalArgumentException("branch to no instruction's start " + targets.keySet() + " " + pcs);
        return placed;
    }

    static Operand operand(String a) {
        if (REGS.containsKey(a)) return REGS.get(a);
        if (a.equals("(TLS)")) return new Tls();
        if (a.startsWith("$") && !a.startsWith("$f64.") && !a.startsWith("$f32.")) {
            String v = a.substring(1);
            if (v.endsWith("(SB)")) {
                Matcher s = symOff(v.substring(0, v.length() - 4));
                return new SymAddr(s.group(1), offset(s.group(2)));
            }
            if (!v.matches("-?\\d+")) throw new IllegalArgumentException("immediate " + a);
            return new Imm(Long.parseLong(v));
        }
        if (a.endsWith("(SB)")) {
            Matcher s = symOff(a.substring(0, a.length() - 4));
            return new SymRef(s.group(1), offset(s.group(2)));
        }
        Matcher m = MEM.matcher(a);
        if (!m.matches() || m.group(2) == null && m.group(3) == null) throw new IllegalArgumentException("operand " + a);
        String prefix = m.group(1), base = m.group(2);
        Reg index = m.group(3) == null ? null : reg(m.group(3));
        int scale = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if ("SB".equals(base)) {
            if (index != null) throw new IllegalArgumentException("indexed symbol " + a);
            Matcher s = symOff(prefix);
            return new SymRef(s.group(1), offset(s.group(2)));
        }
        if (!prefix.isEmpty() && !prefix.matches("-?\\d+")) {
            Matcher s = symOff(prefix);
            boolean param = "FP".equals(base);
            if (!param && !"SP".equals(base)) throw new IllegalArgumentException("named operand " + a);
            return new Mem(Reg.SP, index, scale, offset(s.group(2)), new Mem.Slot(s.group(1), param));
        }
        return new Mem(base == null ? null : reg(base), index, scale, prefix.isEmpty() ? 0 : Long.parseLong(prefix), null);
    }

    /** Operands separated by ", " outside brackets and quotes (symbol names may contain both). */
    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quoted && c == '\\') i++;
            else if (c == '"') quoted = !quoted;
            else if (!quoted && "([{".indexOf(c) >= 0) depth++;
            else if (!quoted && ")]}".indexOf(c) >= 0) depth--;
            else if (!quoted && depth == 0 && args.startsWith(", ", i)) {
                out.add(args.substring(start, i));
                start = i + 2;
            }
        }
        out.add(args.substring(start));
        return out;
    }

    private static Matcher symOff(String s) {
        Matcher m = SYM_OFF.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("symbol " + s);
        return m;
    }

    private static long offset(String s) {
        return s == null ? 0 : Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    }

    private static Reg reg(String name) {
        Reg r = REGS.get(name);
        if (r == null) throw new IllegalArgumentException("register " + name);
        return r;
    }

    private static Pos pos(String where) {
        int colon = where.lastIndexOf(':');
        if (colon < 0) return Pos.NONE;
        return new Pos(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)), 0);
    }

    private static Map<String, Reg> registers() {
        Map<String, Reg> m = new HashMap<>();
        for (Reg r : Reg.values()) {
            m.put(r.name(), r);
            m.put(r.nameAt(1), r);
        }
        return m;
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

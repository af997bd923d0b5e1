package dev.jgo.ssa.expand;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the straight-line moves of a {@code -S} listing leave in registers and stack words when
 * a given instruction is reached: constants moved ({@code MOVL $1, AX}), copied between registers
 * and stack words, through {@code LEAQ n(SP), R} bases. Enough to read off which argument
 * register and which argument slot holds which constant at a call or a return, in gc's listing and
 * in jgo's, whatever registers and spill slots each allocator chose on the way.
 */
final class ListingState {
    private ListingState() {}

    private static final Pattern TEXT = Pattern.compile("TEXT\\t\\S+, .*\\$(\\d+)-(\\d+)");
    private static final Pattern MEM = Pattern.compile("(?:[\\w.~]*[+-])?(-?\\d+)?\\((\\w+)\\)");

    /** The state when the first instruction starting with stop (e.g. "CALL\tmain.add") is reached. */
    static Map<String, Long> at(String listing, String function, String stop) {
        Map<String, Object> state = new HashMap<>();
        long frame = -1;
        boolean inside = false;
        for (String line : listing.lines().toList()) {
            Matcher t = TEXT.matcher(line);
            if (t.find()) {
                inside = line.contains("\t" + function + "(SB)");
                frame = Long.parseLong(t.group(1));
                state.clear();
                continue;
            }
            if (!inside) continue;
            String[] cols = line.split("\t");
            if (cols.length < 3) continue;
            String op = cols[2], operands = cols.length > 3 ? cols[3] : "";
            if ((op + "\t" + operands).startsWith(stop)) return constants(state, frame);
            List<String> ops = List.of(operands.split(", "));
            if (ops.size() != 2) continue;
            String src = ops.get(0), dst = location(ops.get(1), state);
            switch (op) {
                case "MOVL", "MOVQ" -> state.put(dst, src.startsWith("$") ? (Object) Long.parseLong(src.substring(1)) : state.get(location(src, state)));
                case "LEAQ" -> state.put(dst, new Base(sp(location(src, state))));
                default -> state.remove(dst);
            }
        }
        throw new AssertionError("no " + stop + " in " + function);
    }

    /** A register holding the address SP+offset. */
    private record Base(long offset) {}

    private static long sp(String loc) {
        return loc.startsWith("SP+") ? Long.parseLong(loc.substring(3)) : Long.MIN_VALUE;
    }

    /** "AX" for a register, "SP+n" for a stack word (FP as jgo prints it counts from SP too). */
    private static String location(String operand, Map<String, Object> state) {
        Matcher m = MEM.matcher(operand);
        if (!m.matches()) return operand;
        long off = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        String base = m.group(2);
        if (base.equals("SP") || base.equals("FP")) return "SP+" + off;
        if (state.get(base) instanceof Base b) return "SP+" + (b.offset() + off);
        return operand;
    }

    /** The constants held; stack words above the frame are named by their argument-area offset ("arg+n"). */
    private static Map<String, Long> constants(Map<String, Object> state, long frame) {
        Map<String, Long> out = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (!(v instanceof Long c)) return;
            long off = sp(k);
            if (off != Long.MIN_VALUE && off >= frame + 8) out.put("arg+" + (off - frame - 8), c);
            else out.put(k, c);
        });
        return out;
    }
}

package dev.jgo.abi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text functions of a {@code go tool compile -S} listing, parsed just enough for the ABI probe. */
final class AsmListing {
    /** One instruction: its mnemonic and its operands as printed. */
    record Instr(String op, List<String> operands) {
        String last() {
            return operands.isEmpty() ? "" : operands.getLast();
        }

        @Override
        public String toString() {
            return op + " " + String.join(", ", operands);
        }
    }

    /**
     * A function: argument-area size and locals size from its header, whether it is an ABI0
     * wrapper (gc gives the ABI0 entry of a Go function the same name), then its instructions.
     */
    record Function(String symbol, boolean abi0Wrapper, long args, long locals, List<Instr> instrs) {
        /** The key of this function in {@link #parse}'s map. */
        String key() {
            return key(symbol, abi0Wrapper);
        }

        static String key(String symbol, boolean abi0Wrapper) {
            return abi0Wrapper ? symbol + " <ABI0>" : symbol;
        }
    }

    /** A reference to a parameter or result by name, e.g. "$main.p1+16(FP)" (an address). */
    record NamedRef(boolean address, String name, long offset) {}

    private static final Pattern NAMED = Pattern.compile("^(\\$?)main\\.(\\.?[~\\w]+)([+-]\\d+)?\\((\\w+)\\)$");
    private static final Pattern PLAIN_MEM = Pattern.compile("^(-?\\d+)?\\((\\w+)\\)$");
    private static final Pattern REGISTER = Pattern.compile("^[A-Za-z][A-Za-z0-9]*$");

    private static final Pattern HEADER =
            Pattern.compile("^(\\S+) STEXT .*?args=0x([0-9a-f]+) locals=0x([0-9a-f]+).*");
    private static final Pattern INSTR =
            Pattern.compile("^\\t0x[0-9a-f]+ \\d+ \\([^)]*\\)\\t(\\S+)(?:\\t(.*))?$");

    private AsmListing() {}

    /** The functions of a listing, by {@link Function#key()}. */
    static Map<String, Function> parse(String listing) {
        Map<String, Function> functions = new HashMap<>();
        String symbol = null;
        long args = 0, locals = 0;
        List<Instr> instrs = null;
        for (String line : listing.split("\n")) {
            if (!line.startsWith("\t")) {
                if (symbol != null) add(functions, symbol, args, locals, instrs);
                symbol = null;
                Matcher h = HEADER.matcher(line);
                if (h.matches()) {
                    symbol = h.group(1);
                    args = Long.parseLong(h.group(2), 16);
                    locals = Long.parseLong(h.group(3), 16);
                    instrs = new ArrayList<>();
                }
                continue;
            }
            Matcher m = INSTR.matcher(line);
            if (symbol != null && m.matches()) {
                instrs.add(new Instr(m.group(1), m.group(2) == null ? List.of() : operands(m.group(2))));
            }
        }
        if (symbol != null) add(functions, symbol, args, locals, instrs);
        return functions;
    }

    private static void add(Map<String, Function> functions, String symbol, long args, long locals, List<Instr> instrs) {
        boolean wrapper = !instrs.isEmpty() && instrs.getFirst().op().equals("TEXT")
                && instrs.getFirst().operands().get(1).contains("ABIWRAPPER");
        Function f = new Function(symbol, wrapper, args, locals, instrs);
        functions.put(f.key(), f);
    }

    /** The operand as a reference to a named parameter or result, or null. */
    static NamedRef named(String operand) {
        Matcher m = NAMED.matcher(operand);
        if (!m.matches()) return null;
        return new NamedRef(!m.group(1).isEmpty(), m.group(2), m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }

    /** The base register of a plain memory operand such as "8(R20)" or "(SP)", or null. */
    static String memoryBase(String operand) {
        Matcher m = PLAIN_MEM.matcher(operand);
        return m.matches() ? canonical(m.group(2)) : null;
    }

    /** The displacement of a plain memory operand (see {@link #memoryBase}). */
    static long memoryOffset(String operand) {
        Matcher m = PLAIN_MEM.matcher(operand);
        return m.matches() && m.group(1) != null ? Long.parseLong(m.group(1)) : 0;
    }

    /** The operand as a register name (canonical), or null. */
    static String register(String operand) {
        return REGISTER.matcher(operand).matches() ? canonical(operand) : null;
    }

    /** amd64 prints byte-sized uses of a register by their byte names (AL, DIB, R8B). */
    private static String canonical(String reg) {
        return switch (reg) {
            case "AL" -> "AX";
            case "BL" -> "BX";
            case "CL" -> "CX";
            case "DL" -> "DX";
            default -> reg.matches("(DI|SI|BP|SP|R\\d+)B") ? reg.substring(0, reg.length() - 1) : reg;
        };
    }

    /** Splits operands at commas outside parentheses ("STP (ZR, ZR), 8(RSP)" has two). */
    private static List<String> operands(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(text.substring(start).trim());
        return out;
    }
}

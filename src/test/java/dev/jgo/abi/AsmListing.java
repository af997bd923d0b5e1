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

    /** A function: argument-area size and locals size from its header, then its instructions. */
    record Function(String symbol, long args, long locals, List<Instr> instrs) {}

    private static final Pattern HEADER =
            Pattern.compile("^(\\S+) STEXT .*?args=0x([0-9a-f]+) locals=0x([0-9a-f]+).*");
    private static final Pattern INSTR =
            Pattern.compile("^\\t0x[0-9a-f]+ \\d+ \\([^)]*\\)\\t(\\S+)(?:\\t(.*))?$");

    private AsmListing() {}

    static Map<String, Function> parse(String listing) {
        Map<String, Function> functions = new HashMap<>();
        String symbol = null;
        long args = 0, locals = 0;
        List<Instr> instrs = null;
        for (String line : listing.split("\n")) {
            if (!line.startsWith("\t")) {
                if (symbol != null) functions.put(symbol, new Function(symbol, args, locals, instrs));
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
        if (symbol != null) functions.put(symbol, new Function(symbol, args, locals, instrs));
        return functions;
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

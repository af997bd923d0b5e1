package dev.jgo.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an assignment for people (a table) and for tools (JSON, schema in docs/abi.md). This is
 * what {@code jgo tool abi} prints.
 */
public final class AssignmentFormat {
    private AssignmentFormat() {}

    /**
     * A table: one line per item with its kind (recv, param or result), name, type and home
     * (registers and spill slot, or stack offset), then the sizes.
     */
    public static String text(Assignment a) {
        List<Row> rows = new ArrayList<>();
        for (Assignment.Item i : a.params()) rows.add(row(a.method() && rows.isEmpty() ? "recv" : "param", i));
        for (Assignment.Item i : a.results()) rows.add(row("result", i));
        int nameWidth = rows.stream().mapToInt(r -> r.name.length()).max().orElse(0);
        int typeWidth = rows.stream().mapToInt(r -> r.type.length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append(a.abi()).append('\n');
        for (Row r : rows) {
            String line = String.format("  %-6s  %-" + nameWidth + "s  %-" + typeWidth + "s  %s",
                    r.kind, r.name, r.type, r.home);
            sb.append(line.stripTrailing()).append('\n');
        }
        sb.append("  argSize ").append(a.argSize()).append(", spillSize ").append(a.spillSize()).append('\n');
        return sb.toString();
    }

    private record Row(String kind, String name, String type, String home) {}

    private static Row row(String kind, Assignment.Item i) {
        String home = switch (i.location()) {
            case Assignment.OnStack s -> "stack " + s.offset();
            case Assignment.InRegisters r -> String.join(" ", registers(r))
                    + (r.spillOffset().isPresent() ? "  spill " + r.spillOffset().getAsLong() : "");
        };
        return new Row(kind, i.name(), i.type().goString(), home);
    }

    /**
     * JSON: {"params":[item...],"results":[item...],"argSize":N,"spillSize":N} where an item is
     * {"name":..,"type":..,"registers":[..] or null,"offset":N or null,"spill":N or null}.
     */
    public static String json(Assignment a) {
        return "{\"params\":" + items(a.params()) + ",\"results\":" + items(a.results())
                + ",\"argSize\":" + a.argSize() + ",\"spillSize\":" + a.spillSize() + "}";
    }

    private static String items(List<Assignment.Item> items) {
        return items.stream().map(AssignmentFormat::item).collect(Collectors.joining(",", "[", "]"));
    }

    private static String item(Assignment.Item i) {
        String registers = "null", offset = "null", spill = "null";
        switch (i.location()) {
            case Assignment.OnStack s -> offset = Long.toString(s.offset());
            case Assignment.InRegisters r -> {
                registers = registers(r).stream().map(AssignmentFormat::quote).collect(Collectors.joining(",", "[", "]"));
                if (r.spillOffset().isPresent()) spill = Long.toString(r.spillOffset().getAsLong());
            }
        }
        return "{\"name\":" + quote(i.name()) + ",\"type\":" + quote(i.type().goString()) + ",\"registers\":"
                + registers + ",\"offset\":" + offset + ",\"spill\":" + spill + "}";
    }

    private static List<String> registers(Assignment.InRegisters r) {
        return r.parts().stream().map(p -> p.register().name()).toList();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}

package dev.jgo.ssa;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Func from a declarative description with named blocks and values, in the style of
 * gc's ssa tests:
 * <pre>
 * Built b = FuncBuilder.func("f",
 *     bloc("entry",
 *         valu("mem", InitMem, MEM),
 *         valuI("one", Const64, INT, 1),
 *         valu("two", Add64, INT, "one", "one"),
 *         exit("mem")));
 * </pre>
 * Arguments and controls may name values defined later (or in later blocks). Ids follow the
 * order of the description: blocks b1, b2, … and values v1, v2, … as written.
 */
public final class FuncBuilder {
    private FuncBuilder() {}

    public record Valu(String name, Op op, Type type, long auxInt, Object aux, List<String> args) {}

    public record End(BlockKind kind, List<String> controls, List<String> succs) {}

    public record Bloc(String name, List<Valu> values, End end) {}

    /** The function and its blocks and values by name. */
    public record Built(Func f, Map<String, Block> blocks, Map<String, Value> values) {
        public Value v(String name) {
            return values.get(name);
        }

        public Block b(String name) {
            return blocks.get(name);
        }
    }

    public static Valu valu(String name, Op op, Type type, String... args) {
        return new Valu(name, op, type, 0, null, List.of(args));
    }

    public static Valu valuI(String name, Op op, Type type, long auxInt, String... args) {
        return new Valu(name, op, type, auxInt, null, List.of(args));
    }

    public static Valu valuA(String name, Op op, Type type, long auxInt, Object aux, String... args) {
        return new Valu(name, op, type, auxInt, aux, List.of(args));
    }

    public static End goTo(String target) {
        return new End(GenericBlockKind.Plain, List.of(), List.of(target));
    }

    public static End branch(String control, String yes, String no) {
        return new End(GenericBlockKind.If, List.of(control), List.of(yes, no));
    }

    public static End exit(String mem) {
        return new End(GenericBlockKind.Exit, List.of(mem), List.of());
    }

    public static End ret(String mem) {
        return new End(GenericBlockKind.Ret, List.of(mem), List.of());
    }

    /** A block: its values then its end, the last argument. */
    public static Bloc bloc(String name, Object... parts) {
        List<Valu> values = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) values.add((Valu) parts[i]);
        return new Bloc(name, values, (End) parts[parts.length - 1]);
    }

    public static Built func(String name, Bloc... blocs) {
        return func(name, null, blocs);
    }

    /** Builds the function; the first block is the entry. Line numbers count values from 1. */
    public static Built func(String name, Type type, Bloc... blocs) {
        Func f = new Func(name, type);
        Map<String, Block> blocks = new LinkedHashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        for (Bloc bl : blocs) blocks.put(bl.name(), f.newBlock(bl.end().kind()));
        int line = 0;
        for (Bloc bl : blocs) {
            Block b = blocks.get(bl.name());
            for (Valu va : bl.values()) {
                Pos pos = new Pos("test.go", ++line, 1);
                values.put(va.name(), b.newValue(pos, va.op(), va.type(), va.auxInt(), va.aux()));
            }
        }
        for (Bloc bl : blocs) {
            Block b = blocks.get(bl.name());
            for (Valu va : bl.values()) {
                Value v = values.get(va.name());
                for (String a : va.args()) v.addArg(lookup(values, a));
            }
            for (String c : bl.end().controls()) b.addControl(lookup(values, c));
            for (String s : bl.end().succs()) {
                Block t = blocks.get(s);
                if (t == null) throw new IllegalArgumentException("no block " + s);
                b.addEdgeTo(t);
            }
        }
        return new Built(f, blocks, values);
    }

    private static Value lookup(Map<String, Value> values, String name) {
        Value v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no value " + name + " among " + Arrays.toString(values.keySet().toArray()));
        return v;
    }
}

package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves Layout equal to gc 1.19: gc folds unsafe.Sizeof, Alignof and Offsetof of random types
 * (and of every struct inside them) into a data table, which its listing prints byte by byte.
 */
class LayoutDifferentialTest {
    private static final int TYPES = 1500;

    @TempDir
    Path dir;

    /** One value gc computes and jgo predicts, and what it is. */
    private record Fact(String expr, long expected, String what) {}

    @Test
    void sizesAlignmentsAndOffsetsMatchGc() throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "gc 1.19 (golang-1.19-go) is not installed");
        SignatureGenerator gen = new SignatureGenerator(7);
        List<AbiType> types = new ArrayList<>();
        for (int i = 0; i < TYPES; i++) types.add(gen.type());

        StringBuilder src = new StringBuilder("package main\n\nimport \"unsafe\"\n\n");
        gen.namedTypes().forEach((name, t) -> src.append("type ").append(name).append(' ').append(t.goString()).append('\n'));
        List<Fact> facts = new ArrayList<>();
        List<AbiType> all = new ArrayList<>();
        types.forEach(t -> collect(t, all));
        for (int i = 0; i < all.size(); i++) {
            AbiType t = all.get(i);
            String v = "v" + i;
            src.append("var ").append(v).append(' ').append(t.goString()).append('\n');
            facts.add(new Fact("unsafe.Sizeof(" + v + ")", Layout.size(t), "size of " + t.goString()));
            facts.add(new Fact("unsafe.Alignof(" + v + ")", Layout.align(t), "align of " + t.goString()));
            if (underlying(t) instanceof AbiType.Struct s) {
                List<Long> offsets = Layout.fieldOffsets(s);
                for (int f = 0; f < s.fields().size(); f++) {
                    String field = s.fields().get(f).name();
                    facts.add(new Fact("unsafe.Offsetof(" + v + "." + field + ")", offsets.get(f),
                            "offset of " + field + " in " + t.goString()));
                }
            }
        }
        src.append("\nvar layout = [...]uintptr{\n");
        facts.forEach(f -> src.append('\t').append(f.expr()).append(",\n"));
        src.append("}\n");

        List<Long> got = compileTable(go, src.toString());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            long gc = i < got.size() ? got.get(i) : -1;
            if (gc != f.expected()) mismatches.add(f.what() + ": gc " + gc + ", jgo " + f.expected());
        }
        System.out.printf("layout: %d types, %d sizes/alignments/offsets compared with gc, %d mismatches%n",
                all.size(), facts.size(), mismatches.size());
        assertEquals(List.of(), mismatches.stream().limit(10).toList());
        assertEquals(facts.size(), got.size());
    }

    /** t and every struct type inside it (through arrays, fields and defined types). */
    private static void collect(AbiType t, List<AbiType> out) {
        out.add(t);
        switch (underlying(t)) {
            case AbiType.Struct s -> s.fields().forEach(f -> {
                if (underlying(f.type()) instanceof AbiType.Struct || f.type() instanceof AbiType.Array) collect(f.type(), out);
            });
            case AbiType.Array a -> {
                if (underlying(a.elem()) instanceof AbiType.Struct || a.elem() instanceof AbiType.Array) collect(a.elem(), out);
            }
            default -> {}
        }
    }

    private static AbiType underlying(AbiType t) {
        return t instanceof AbiType.Named n ? n.underlying() : t;
    }

    /** Compiles the file for amd64 and reads main.layout's words from the listing's data dump. */
    private List<Long> compileTable(Path go, String source) throws Exception {
        Path file = dir.resolve("layout.go");
        Files.writeString(file, source);
        String listing = GcListing.compile(go, Arch.AMD64, file);
        List<Integer> bytes = new ArrayList<>();
        boolean inTable = false;
        for (String line : listing.split("\n")) {
            if (!line.startsWith("\t")) {
                inTable = line.startsWith("main.layout ");
                continue;
            }
            if (!inTable) continue;
            // "\t0x0010 08 00 … 00  ascii": the hex bytes sit between the address and the ascii
            String hex = line.substring(line.indexOf(' ') + 1, Math.min(line.length(), line.indexOf(' ') + 1 + 16 * 3));
            for (String b : hex.trim().split(" +")) bytes.add(Integer.parseInt(b, 16));
        }
        List<Long> words = new ArrayList<>();
        for (int i = 0; i + 8 <= bytes.size(); i += 8) {
            long w = 0;
            for (int k = 7; k >= 0; k--) w = (w << 8) | bytes.get(i + k);
            words.add(w);
        }
        return words;
    }
}

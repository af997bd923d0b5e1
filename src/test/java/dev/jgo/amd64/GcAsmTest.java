package dev.jgo.amd64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prints the {@link Forms} corpus with {@link Plan9}, assembles it with gc's own assembler
 * ({@code go tool asm}) and compares gc's bytes with ours, instruction by instruction. This checks
 * the printer (gc must read what it prints with the same meaning) and the encoder together.
 * Where the bytes differ, both must disassemble (GNU objdump) to the same instruction and ours
 * must not be longer: gc and jgo may pick different valid forms (jgo uses the short AL/AX forms
 * and the 32-bit MOV for MOVQ of values below 2^32, which zero-extends to the same result).
 */
class GcAsmTest {
    private static final Pattern LINE = Pattern.compile("^\\s+\\S+\\.s:(\\d+)\\t+0x[0-9a-f]+\\t+([0-9a-f]+)\\t.*$");
    private static final Pattern REJECTED = Pattern.compile("forms\\.s:(\\d+)");

    @Test
    void gcAssemblesOurListingToTheSameInstructions() throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "Go 1.19 is not installed");
        Path dir = Files.createTempDirectory("jgo-gcasm");
        try {
            compare(go, dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    private void compare(Path go, Path dir) throws IOException, InterruptedException {
        List<Prog> forms = Forms.all().stream().filter(GcAsmTest::gcSpells).toList();
        Map<Integer, Prog> byLine = new HashMap<>();
        Map<Integer, String> gcBytes = assemble(go, dir, forms, byLine);

        int identical = 0;
        List<Prog> differing = new ArrayList<>();
        List<String> gcDiffering = new ArrayList<>();
        for (var e : byLine.entrySet()) {
            Prog p = e.getValue();
            String theirs = gcBytes.get(e.getKey());
            if (theirs == null) continue; // gc lists LOCK and REP with the instruction they prefix
            boolean prefix = p.op() == Op.LOCK || p.op() == Op.REP;
            String ours = hex(InsnEncoder.encode(p).bytes()) + (prefix ? hex(InsnEncoder.encode(byLine.get(e.getKey() + 1)).bytes()) : "");
            if (ours.equals(theirs)) {
                identical++;
            } else {
                assertTrue(ours.length() <= theirs.length(), () -> p + ": ours " + ours + " longer than gc's " + theirs);
                differing.add(p);
                gcDiffering.add(theirs);
            }
        }
        List<String> ourText = disassemble(dir, differing.stream().map(p -> hex(InsnEncoder.encode(p).bytes())).toList());
        List<String> gcText = disassemble(dir, gcDiffering);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < differing.size(); i++) {
            if (!sameMeaning(ourText.get(i), gcText.get(i))) {
                mismatches.add(Plan9.instruction(differing.get(i), l -> "?") + ": ours " + ourText.get(i) + ", gc " + gcText.get(i));
            }
        }
        System.out.println("GcAsmTest: " + byLine.size() + " forms assembled by gc: " + identical + " byte-identical, "
                + (differing.size() - mismatches.size()) + " equivalent and no longer, " + mismatches.size() + " mismatches");
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))));
        assertTrue(identical > differing.size() * 5, "most forms should be byte-identical to gc's");
    }

    /**
     * Assembles the forms one per line, each Op in its own function (so pushes and pops need not
     * balance before a RET). Lines gc's assembler rejects are dropped and the file assembled again;
     * returns gc's bytes by source line and fills {@code byLine} with the forms gc accepted.
     */
    private Map<Integer, String> assemble(Path go, Path dir, List<Prog> forms, Map<Integer, Prog> byLine)
            throws IOException, InterruptedException {
        List<Prog> accepted = new ArrayList<>(forms);
        for (int attempt = 0; attempt < 50; attempt++) {
            byLine.clear();
            List<String> lines = new ArrayList<>(List.of("#include \"textflag.h\""));
            Op current = null;
            for (Prog p : accepted) {
                if (p.op() != current && p.op() != Op.LOCK && p.op() != Op.REP && current != Op.LOCK && current != Op.REP) {
                    lines.add("TEXT ·f" + lines.size() + "(SB), NOSPLIT|NOFRAME, $0-0");
                }
                current = p.op();
                lines.add("\t" + Plan9.instruction(p, l -> "?").replace('\t', ' ').replace("main.", "main·").replace("runtime.", "runtime·"));
                byLine.put(lines.size(), p);
            }
            Path src = dir.resolve("forms.s"), obj = dir.resolve("forms.o");
            Files.write(src, lines);
            Path include = GoOracle.goroot().orElseThrow().resolve("pkg/include");
            String out = run(dir, go.toString(), "tool", "asm", "-p", "main", "-I", include.toString(), "-o", obj.toString(), src.toString());
            Matcher refusal = REJECTED.matcher(out);
            List<Prog> drop = new ArrayList<>();
            while (refusal.find()) drop.add(byLine.get(Integer.parseInt(refusal.group(1))));
            if (drop.isEmpty()) {
                Map<Integer, String> bytes = new HashMap<>();
                for (String line : run(dir, go.toString(), "tool", "objdump", obj.toString()).split("\n")) {
                    Matcher m = LINE.matcher(line);
                    if (m.matches()) bytes.merge(Integer.parseInt(m.group(1)), m.group(2), String::concat);
                }
                List<Prog> rejected = new ArrayList<>(forms);
                rejected.removeAll(accepted);
                System.out.println("GcAsmTest: " + rejected.size() + " forms gc's assembler does not accept, e.g. "
                        + rejected.stream().map(p -> Plan9.instruction(p, l -> "?").replace('\t', ' ')).limit(12).toList());
                assertTrue(byLine.keySet().containsAll(bytes.keySet()) && bytes.size() > byLine.size() * 9 / 10,
                        () -> "gc's assembler said: " + out.substring(0, Math.min(2000, out.length())));
                return bytes;
            }
            accepted.removeAll(drop);
        }
        throw new AssertionError("gc's assembler keeps rejecting the listing");
    }

    /** Forms gc's assembler spells the same way: no labels, no named stack slots, no absolute addresses. */
    private static boolean gcSpells(Prog p) {
        for (Operand o : p.args()) {
            if (o instanceof Label || o instanceof SymAddr) return false;
            if (o instanceof Mem m && (m.slot() != null || m.base() == null && m.index() == null)) return false;
        }
        return p.op() != Op.LABEL && p.op() != Op.INT3;
    }

    /**
     * Same text; or our zero-extending 32-bit MOV where gc wrote the 64-bit one with the same value;
     * or the plain no-op where gc kept a prefix on XCHG AX, AX.
     */
    private static boolean sameMeaning(String ours, String gc) {
        if (ours.equals(gc) || ours.equals("nop") && (gc.equals("xchg ax,ax") || gc.equals("rex.W nop"))) return true;
        Matcher o = Pattern.compile("mov e(\\w\\w),(0x[0-9a-f]+)").matcher(ours), g = Pattern.compile("mov r(\\w\\w),(0x[0-9a-f]+)").matcher(gc);
        return o.matches() && g.matches() && o.group(1).equals(g.group(1)) && o.group(2).equals(g.group(2))
                || ours.matches("mov r(\\d+)d,0x[0-9a-f]+") && gc.equals(ours.replaceFirst("d,", ","));
    }

    private static List<String> disassemble(Path dir, List<String> hexes) throws IOException, InterruptedException {
        Path bin = dir.resolve("insns.bin");
        StringBuilder all = new StringBuilder();
        hexes.forEach(all::append);
        Files.write(bin, java.util.HexFormat.of().parseHex(all));
        List<String> texts = new ArrayList<>();
        String out = run(dir, "objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", "--insn-width=16", bin.toString());
        for (String line : out.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && parts[0].trim().endsWith(":")) {
                texts.add(parts[2].replaceAll("\\s+#.*", "").replaceAll("\\s+", " ").trim());
            }
        }
        assertEquals(hexes.size(), texts.size(), "objdump decoded a different number of instructions");
        return texts;
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(cmd[0] + " is not available");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}

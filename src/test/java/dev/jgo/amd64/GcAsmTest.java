package dev.jgo.amd64;

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
 * ({@code go tool asm}) and compares gc's bytes with ours, instruction by instruction: they must be
 * identical. This checks the printer (gc must read what it prints with the same meaning) and the
 * encoder (it must choose the forms gc chooses) together.
 */
class GcAsmTest {
    private static final Pattern LINE = Pattern.compile("^\\s+\\S+\\.s:(\\d+)\\t+0x[0-9a-f]+\\t+([0-9a-f]+)\\t.*$");
    private static final Pattern REJECTED = Pattern.compile("forms\\.s:(\\d+)");

    @Test
    void gcAssemblesOurListingToTheSameBytes() throws Exception {
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
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (var e : byLine.entrySet()) {
            Prog p = e.getValue();
            String theirs = gcBytes.get(e.getKey());
            if (theirs == null) continue; // gc lists LOCK and REP with the instruction they prefix
            boolean prefix = p.op() == Op.LOCK || p.op() == Op.REP;
            String ours = hex(InsnEncoder.encode(p).bytes()) + (prefix ? hex(InsnEncoder.encode(byLine.get(e.getKey() + 1)).bytes()) : "");
            compared++;
            if (!ours.equals(theirs)) mismatches.add(Plan9.instruction(p, l -> "?") + ": jgo " + ours + ", gc " + theirs);
        }
        System.out.println("GcAsmTest: " + compared + " forms assembled by gc, " + (compared - mismatches.size())
                + " byte-identical, " + mismatches.size() + " mismatches");
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches.subList(0, Math.min(80, mismatches.size()))));
        assertTrue(compared > 20000, "expected most of the corpus to be compared");
    }

    /**
     * Assembles the forms one per line, each Op in its own function (so pushes and pops need not
     * balance before a RET); gc's assembler must accept them all. Returns gc's bytes by source line
     * and fills {@code byLine} with the form on each line.
     */
    private Map<Integer, String> assemble(Path go, Path dir, List<Prog> forms, Map<Integer, Prog> byLine)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(List.of("#include \"textflag.h\""));
        Op current = null;
        for (Prog p : forms) {
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
        List<String> refused = new ArrayList<>();
        Matcher refusal = REJECTED.matcher(out);
        while (refusal.find()) refused.add(lines.get(Integer.parseInt(refusal.group(1)) - 1).strip());
        assertTrue(refused.isEmpty() && Files.exists(obj), () -> "gc's assembler refused " + refused + ":\n" + out.substring(0, Math.min(2000, out.length())));
        Map<Integer, String> bytes = new HashMap<>();
        for (String line : run(dir, go.toString(), "tool", "objdump", obj.toString()).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) bytes.merge(Integer.parseInt(m.group(1)), m.group(2), String::concat);
        }
        return bytes;
    }

    /**
     * Forms gc's assembler spells the same way: no labels, no named stack slots, no absolute
     * addresses; no DUFFZERO/DUFFCOPY, which only gc's compiler emits (its assembler crashes on
     * them); no SP as a byte register (SPB), which gc's assembler does not accept.
     */
    private static boolean gcSpells(Prog p) {
        if (p.op().shape() instanceof Shape.Duff || p.op() == Op.LABEL || p.op() == Op.INT3) return false;
        for (int i = 0; i < p.args().size(); i++) {
            Operand o = p.arg(i);
            if (o instanceof Label || o instanceof SymAddr || o == Reg.SP && Widths.gpWidth(p, i) == 1) return false;
            if (o instanceof Mem m && (m.slot() != null || m.base() == null && m.index() == null)) return false;
        }
        return true;
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

package dev.jgo.amd64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * Encodes the whole {@link Forms} corpus, resolves its fixups against made-up symbol addresses,
 * disassembles the bytes with GNU objdump and checks that every instruction disassembles to what
 * {@link IntelSyntax} says the Prog means, at the offset the encoder reported: no mismatch, no
 * byte left over, no instruction merged with its neighbour.
 */
class ObjdumpTest {
    static final Map<String, Long> SYMBOLS = Map.of(Forms.SYM, 0x12340L, Forms.FUNC, 0x56780L,
            "runtime.duffzero", 0x60000L, "runtime.duffcopy", 0x70000L, "TLS", -8L);
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t([0-9a-f ]+)\\t(.*)$");

    @Test
    void everyFormDisassemblesToItsMeaning() throws IOException, InterruptedException {
        List<Prog> progs = Forms.all();
        Code code = Encoder.assemble(progs);
        byte[] bytes = resolve(code);
        Map<Integer, String> disassembly = objdump(bytes);

        IntelSyntax intel = new IntelSyntax(SYMBOLS, code.labels()::get);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (p.op() == Op.LABEL) continue;
            boolean prefix = p.op() == Op.LOCK || p.op() == Op.REP;
            String expected = intel.render(p, prefix ? progs.get(i + 1) : null);
            int end = code.pc(prefix ? i + 2 : i + 1);
            String actual = instructionsIn(disassembly, code.pc(i), end);
            if (!expected.equals(actual)) {
                mismatches.add(String.format("%s: want %s, objdump %s (%s)", Plan9.instruction(p, l -> "L" + l.id()),
                        expected, actual, hex(bytes, code.pc(i), end)));
            }
            checked++;
            if (prefix) i++;
        }
        System.out.println("ObjdumpTest: " + checked + " instruction forms checked against objdump, "
                + mismatches.size() + " mismatches");
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))));
        assertTrue(disassembly.isEmpty(), () -> "objdump saw instructions between ours: " + disassembly);
    }

    /** What objdump printed for the bytes [from, to), removed from the map; several instructions joined by "; ". */
    private static String instructionsIn(Map<Integer, String> disassembly, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int pc = from; pc < to; pc++) {
            String text = disassembly.remove(pc);
            if (text != null) texts.add(text);
        }
        return texts.isEmpty() ? null : String.join("; ", texts);
    }

    /** Applies the fixups as a linker would, with the code at address 0. */
    static byte[] resolve(Code code) {
        byte[] bytes = code.bytes().clone();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (Fixup f : code.fixups()) {
            long s = SYMBOLS.get(f.symbol());
            switch (f.kind()) {
                case ABS64 -> b.putLong(f.offset(), s + f.addend());
                case TLS_LE -> b.putInt(f.offset(), (int) (s + f.addend()));
                case PC32, CALL_PC32 -> b.putInt(f.offset(), (int) (s + f.addend() - f.offset()));
            }
        }
        return bytes;
    }

    private static Map<Integer, String> objdump(byte[] bytes) throws IOException, InterruptedException {
        Path bin = Files.createTempFile("jgo-amd64", ".bin");
        try {
            Files.write(bin, bytes);
            Process p;
            try {
                p = new ProcessBuilder("objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
                        "--insn-width=16", bin.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.abort("objdump is not installed");
                throw e;
            }
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), out);
            Map<Integer, String> lines = new HashMap<>();
            for (String line : out.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) lines.put(Integer.parseInt(m.group(1), 16), normalize(m.group(3)));
            }
            return lines;
        } finally {
            Files.delete(bin);
        }
    }

    /** One space between words; RIP-relative displacements dropped (the comment gives the target). */
    private static String normalize(String text) {
        return text.replaceAll("\\[rip[+-]0x[0-9a-f]+\\]", "[rip]").replaceAll("\\s+", " ").trim();
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) s.append(String.format("%02x", b[i] & 0xFF));
        return s.toString();
    }
}

package dev.jgo.asm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** External tools for the differential tests: gc's assembler and GNU objdump. */
final class Tools {
    private Tools() {}

    /** Runs a command, returning its standard output and error; a missing tool skips the test. */
    static String run(List<String> cmd) throws IOException, InterruptedException {
        return run(cmd, Path.of("."));
    }

    static String run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(cmd.getFirst() + " is not available");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** The instructions in the hex bytes, Intel syntax, "; "-separated; branch targets dropped. */
    static String disassemble(String hex) throws IOException, InterruptedException {
        if (hex.isEmpty()) return "";
        Path bin = Files.createTempFile("jgo-asm", ".bin");
        try {
            Files.write(bin, HexFormat.of().parseHex(hex));
            String out = run(List.of("objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", "--insn-width=16", bin.toString()));
            List<String> texts = new ArrayList<>();
            for (String line : out.split("\n")) {
                String[] parts = line.split("\t");
                if (parts.length == 3 && parts[0].trim().endsWith(":")) {
                    String text = parts[2].replaceAll("\\s+#.*", "").replaceAll("\\s+", " ").trim();
                    texts.add(text.matches("j\\w+ 0x[0-9a-f]+") ? text.substring(0, text.indexOf(' ')) : text);
                }
            }
            return String.join("; ", texts);
        } finally {
            Files.delete(bin);
        }
    }
}

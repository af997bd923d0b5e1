package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime's assembly comes out of jgo's assembler byte for byte as out of gc's
 * (`go tool asm -S -compiling-runtime`; relocated fields are zero in both, and so is the TLS
 * displacement of g, which gc's linker fills in).
 */
class AsmVsGcTest {
    private static final Pattern HEADER = Pattern.compile("^(\\S+) STEXT");
    private static final Pattern HEX = Pattern.compile("^\\s+0x[0-9a-f]{4} ((?:[0-9a-f]{2} )+)");
    /** An FS-relative access to g: gc leaves its displacement to the linker, jgo writes -8. */
    private static final Pattern TLS_G = Pattern.compile("(64(?:4[0-9a-f])?[0-9a-f]{2}[0-3][4c]25)f8ffffff");

    @Test
    void everyFunctionHasGcsBytes() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "gc not installed");
        int functions = 0;
        for (Path f : RuntimeSources.files(".s")) {
            Map<String, String> gc = gcCode(f);
            Diagnostics d = new Diagnostics();
            Map<String, String> ours = new LinkedHashMap<>();
            for (Symbol s : RuntimeSources.assemble(f, d).symbols()) {
                if (s.ref().abi() != null) ours.put(s.ref().name(), TLS_G.matcher(hex(s.content())).replaceAll("$100000000"));
            }
            assertEquals(gc, ours, f.toString());
            functions += ours.size();
        }
        System.out.println("runtime assembly: " + functions + " functions byte-identical with gc's assembler");
    }

    /** Function name → code bytes in hex, from gc's -S listing. */
    private static Map<String, String> gcCode(Path file) throws Exception {
        Process p = new ProcessBuilder(GoOracle.go().get().toString(), "tool", "asm", "-S", "-p", "runtime",
                "-compiling-runtime", "-I", RuntimeSources.INCLUDE.toString(), "-I", RuntimeSources.DIR.toString(),
                "-o", GoOracle.scratchObject().toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Map<String, String> code = new LinkedHashMap<>();
        String current = null;
        for (String line : out.lines().toList()) {
            Matcher h = HEADER.matcher(line), x = HEX.matcher(line);
            if (h.find()) {
                current = h.group(1);
                code.put(current, "");
            } else if (current != null && x.find()) {
                code.merge(current, x.group(1).replace(" ", ""), String::concat);
            }
        }
        return code;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }
}

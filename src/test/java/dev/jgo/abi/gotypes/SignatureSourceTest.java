package dev.jgo.abi.gotypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Signature;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken SIGs never break {@code jgo tool abi}: every truncation, every deleted character and
 * random splices of real SIGs either read as a signature or give errors, each positioned inside
 * SIG (the inserted text and the first line of the Go file never show through).
 */
class SignatureSourceTest {
    private static final List<String> SIGS = List.of(
            "type P struct{ x, y float64 }; func (p *P) scale(f float32, s []int, n [2]int8) (q P, err error)",
            "type L struct{ next *L; v int }\nfunc(l L, m map[string][]L) (L, error)",
            "import \"unsafe\"\nconst N = 2 /* ; */\ntype A [N]unsafe.Pointer; func(a A, f func(...int) bool, `x` int)",
            "type I interface{ M(int) I; error }\n// comment; with a semicolon\nfunc(i I, c <-chan struct{ a int `tag;x` })");

    @Test
    void everyTruncationAndDeletionGivesASignatureOrPositionedErrors() {
        int read = 0, rejected = 0;
        for (String sig : SIGS) {
            for (int i = 0; i <= sig.length(); i++) {
                if (check(sig.substring(0, i))) read++; else rejected++;
                if (i < sig.length()) {
                    if (check(sig.substring(0, i) + sig.substring(i + 1))) read++; else rejected++;
                }
            }
        }
        System.out.printf("abi tool: %d broken SIGs read, %d rejected with positioned errors%n", read, rejected);
        assertTrue(rejected > read);
    }

    @Test
    void randomSplicesGiveASignatureOrPositionedErrors() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            String a = SIGS.get(random.nextInt(SIGS.size())), b = SIGS.get(random.nextInt(SIGS.size()));
            check(a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1)));
        }
    }

    @Test
    void positionsPointIntoSig() {
        assertEquals(List.of("<sig>:2:8: undefined: U"), errors("type T int\nfunc(t U)"));
        assertEquals(List.of("<sig>:1:18: undefined: U"), errors("type T int; func(U)"));
        assertEquals(List.of("<sig>:1:6: unsafe already declared through import of package unsafe (\"unsafe\")",
                "<sig>:1:25: use of package unsafe without selector"), errors("type unsafe int; func(a unsafe)"));
    }

    /** Reads sig; true if it is a signature. Fails on exceptions and on errors outside SIG. */
    private static boolean check(String sig) {
        Diagnostics diags = new Diagnostics();
        Signature s = SignatureSource.read(sig, diags);
        if (s != null) {
            assertFalse(diags.hasErrors(), sig);
            Assigner.abiInternal(Arch.AMD64).assign(s);
            return true;
        }
        assertTrue(diags.hasErrors(), "no signature and no error: " + sig);
        List<String> lines = sig.replaceAll("[\\s;]+$", "").lines().toList();
        for (Diagnostic d : diags.sorted()) {
            assertEquals(SignatureSource.FILENAME, d.pos().file(), sig);
            int line = d.pos().line(), col = d.pos().col();
            assertTrue(line >= 1 && line <= Math.max(1, lines.size()), d + " in " + sig);
            int width = lines.isEmpty() ? 0 : lines.get(line - 1).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(col >= 1 && col <= width + 1, d + " in " + sig);
        }
        return false;
    }

    private static List<String> errors(String sig) {
        Diagnostics diags = new Diagnostics();
        SignatureSource.read(sig, diags);
        return diags.sorted().stream().map(Diagnostic::toString).toList();
    }
}

package dev.jgo.ssa.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.amd64.emit.Backend;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed program end to end — ssagen, the passes, late call expansion, lowering, register
 * allocation, emission — against {@code go tool compile -S}: the same constants must sit in the
 * same argument registers and argument slots at the call of add and at add's return, and add's
 * morestack path must spill the same registers to the same slots.
 */
class ExpandBackendTest {
    private static final List<String> ARG_REGS = List.of("AX", "BX", "CX", "DI", "SI", "R8", "R9", "R10", "R11");

    @TempDir Path dir;

    private static String jgoListing() {
        Map<String, Expanded.Result> fs = Expanded.compile(ExpandCallsTest.SEED, false);
        StringBuilder sb = new StringBuilder();
        for (String n : List.of("add", "main")) {
            FuncShape shape = fs.get(n).expanded().shape("main." + n, false);
            sb.append(Backend.compile(fs.get(n).f(), shape).listing("main." + n, shape.argSize()));
        }
        return sb.toString();
    }

    private String gcListing() throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc 1.19 is not installed");
        Path src = dir.resolve("abi.go");
        Files.writeString(src, ExpandCallsTest.SEED);
        Process p = new ProcessBuilder(go.toString(), "tool", "compile", "-S", "-o", GoOracle.scratchObject().toString(), src.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** The argument registers and argument-area words (arg+n) among a state, sorted. */
    private static Map<String, Long> abiPart(Map<String, Long> state, String... slots) {
        Map<String, Long> out = new TreeMap<>();
        state.forEach((k, v) -> {
            if (ARG_REGS.contains(k) || List.of(slots).contains(k)) out.put(k, v);
        });
        return out;
    }

    @Test
    void theSeedsCallAndReturnPutTheSameValuesWhereGcPutsThem() throws Exception {
        String gc = gcListing(), jgo = jgoListing();
        Map<String, Long> gcCall = abiPart(ListingState.at(gc, "main.main", "CALL\tmain.add"), "SP+0", "SP+8", "SP+16");
        assertEquals(12, gcCall.size(), gcCall::toString);
        assertEquals(gcCall, abiPart(ListingState.at(jgo, "main.main", "CALL\tmain.add"), "SP+0", "SP+8", "SP+16"));

        Map<String, Long> gcRet = abiPart(ListingState.at(gc, "main.add", "RET"), "arg+24", "arg+32");
        assertEquals(11, gcRet.size(), gcRet::toString);
        assertEquals(gcRet, abiPart(ListingState.at(jgo, "main.add", "RET"), "arg+24", "arg+32"));

        assertEquals(morestackSpills(gc), morestackSpills(jgo));
    }

    /** add's spill lines before morestack: "MOVQ\tAX, 48(SP)" … (SP has not moved yet there). */
    private static List<String> morestackSpills(String listing) {
        List<String> lines = listing.lines().toList();
        int call = -1, start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("TEXT\tmain.add(SB)")) start = i;
            if (start >= 0 && lines.get(i).contains("CALL\truntime.morestack")) {
                call = i;
                break;
            }
        }
        List<String> spills = new java.util.ArrayList<>();
        for (int i = call - 1; i > start && lines.get(i).contains("\tMOVQ\t"); i--) {
            String[] cols = lines.get(i).split("\t");
            spills.addFirst(cols[2] + " " + cols[3]);
        }
        assertEquals(9, spills.size(), spills::toString);
        return spills;
    }
}

package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.amd64.Fixup;
import dev.jgo.amd64.Prog;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Assembles every valid file of testdata/asm with jgo and with gc's assembler ({@code go tool asm
 * -S}, with the defines the go command passes) and compares the machine code per function and per
 * source line, relocated fields zeroed on both sides: every line must be byte-identical (a
 * mismatch is shown disassembled by GNU objdump).
 */
class GcDifferentialTest {
    /** Files with the package they are assembled as; runtime.s uses ABI selectors. */
    private static final Map<String, String> FILES = Map.of(
            "frames.s", "main", "insns.s", "main", "preprocess.s", "main", "data.s", "main", "runtime.s", "runtime",
            "static.s", "main");

    private int functions, identicalFunctions, lines, identicalLines, insns, identicalInsns, listed, identicalListed;
    private final List<String> mismatches = new ArrayList<>();

    @Test
    void sameMachineCodeAsGc() throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "Go 1.19 is not installed");
        for (var e : new TreeMap<>(FILES).entrySet()) {
            Path file = Path.of("testdata/asm", e.getKey());
            AsmRunner.Outcome ours = AsmRunner.assemble(file, e.getValue(), e.getValue().equals("runtime"));
            assertEquals(List.of(), ours.errors(), file + ": jgo reported errors");
            compareFile(go, file, e.getValue(), ours);
        }
        report("testdata/asm");
    }

    /**
     * The same comparison over the amd64 assembly files of gc's own source tree that jgo
     * assembles (the others use instructions or registers jgo's model lacks, or go_asm.h).
     */
    @Test
    void gorootAssemblyFilesJgoAcceptsGiveGcsCode() throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "Go 1.19 is not installed");
        Path src = GoOracle.goroot().orElseThrow().resolve("src").toRealPath();
        List<Path> all;
        try (var walk = Files.walk(src)) {
            all = walk.filter(p -> p.toString().endsWith("_amd64.s") && !p.toString().contains("testdata")).sorted().toList();
        }
        int accepted = 0;
        for (Path file : all) {
            String pkg = src.relativize(file.getParent()).toString();
            AsmRunner.Outcome ours = AsmRunner.assemble(file, pkg, Assembler.isRuntimePackage(pkg));
            if (!ours.errors().isEmpty()) continue;
            accepted++;
            compareFile(go, file, pkg, ours);
        }
        System.out.println("GcDifferentialTest: jgo assembles " + accepted + " of " + all.size() + " amd64 .s files in GOROOT/src");
        report("GOROOT");
        assertTrue(accepted >= 30, "jgo should assemble at least 30 of GOROOT's amd64 files");
    }

    private void report(String what) {
        System.out.println("GcDifferentialTest (" + what + "): " + functions + " functions, " + identicalFunctions
                + " byte-identical; " + lines + " source lines, " + identicalLines + " byte-identical; " + insns
                + " instructions, " + identicalInsns + " on byte-identical lines; " + listed + " listing lines, "
                + identicalListed + " as gc prints them");
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    }

    private void compareFile(Path go, Path file, String pkg, AsmRunner.Outcome ours) throws IOException, InterruptedException {
        boolean runtime = Assembler.isRuntimePackage(pkg);
        List<String> cmd = new ArrayList<>(List.of(go.toString(), "tool", "asm", "-S", "-p", pkg));
        if (runtime) cmd.add("-compiling-runtime");
        Assembler.BUILD_DEFINES.keySet().stream().sorted().forEach(d -> cmd.addAll(List.of("-D", d)));
        Path obj = Files.createTempFile("jgo-asm", ".o");
        try {
            cmd.addAll(List.of("-I", GoOracle.goroot().orElseThrow().resolve("pkg/include").toString(), "-o", obj.toString(), file.toString()));
            String listing = Tools.run(cmd);
            if (listing.contains("assembly of") && listing.contains("failed")) {
                mismatches.add(file + ": gc rejects what jgo accepts: " + listing.lines().limit(3).toList());
                return;
            }
            GcListing gc = GcListing.parse(listing, pkg);
            List<String> ourNames = ours.result().functions().stream().map(GcDifferentialTest::gcName).toList();
            assertEquals(List.copyOf(gc.functions().keySet()), ourNames, file + ": functions");
            for (AsmFunction f : ours.result().functions()) {
                GcListing.Function theirs = gc.functions().get(gcName(f));
                compareFunction(file, f, theirs);
                compareListing(file, f, theirs, pkg);
            }
        } finally {
            Files.deleteIfExists(obj);
        }
    }

    private void compareFunction(Path file, AsmFunction f, GcListing.Function gc) throws IOException, InterruptedException {
        functions++;
        byte[] code = comparableCode(f);
        if (Arrays.equals(code, gc.code())) identicalFunctions++;
        Map<Integer, String> ourLines = new TreeMap<>(), gcLines = new TreeMap<>();
        List<Prog> progs = f.progs();
        for (int i = 0; i < progs.size(); i++) {
            ourLines.merge(progs.get(i).pos().line(), hex(code, f.code().pc(i), f.code().pc(i + 1)), String::concat);
        }
        Map<Integer, Integer> gcInsns = new TreeMap<>();
        List<GcListing.Insn> listed = gc.insns();
        for (int i = 0; i < listed.size(); i++) {
            int end = i + 1 < listed.size() ? listed.get(i + 1).pc() : gc.code().length;
            gcLines.merge(listed.get(i).line(), hex(gc.code(), listed.get(i).pc(), end), String::concat);
            if (end > listed.get(i).pc()) gcInsns.merge(listed.get(i).line(), 1, Integer::sum);
        }
        for (var e : gcLines.entrySet()) {
            lines++;
            int count = gcInsns.getOrDefault(e.getKey(), 0);
            insns += count;
            String ourHex = ourLines.getOrDefault(e.getKey(), ""), gcHex = e.getValue();
            if (ourHex.equals(gcHex)) {
                identicalLines++;
                identicalInsns += count;
            } else {
                mismatches.add(file + ":" + e.getKey() + " " + f.text().ref().name() + ": ours " + ourHex + " ("
                        + Tools.disassemble(ourHex) + "), gc " + gcHex + " (" + Tools.disassemble(gcHex) + ")");
            }
        }
    }

    /**
     * Our -S listing against gc's, instruction lines only: gc's automatic PCDATA/FUNCDATA and its
     * zero-size NOPs are left out, and so are the ABI and file suffixes jgo's names carry and the
     * {@code <>} of gc's static names. Known spelling differences: UNDEF is listed as UD2, and a
     * displacement written as an unsigned 32-bit number is listed signed (same bits).
     */
    private void compareListing(Path file, AsmFunction f, GcListing.Function gc, String pkg) {
        List<GcListing.Insn> ours = printed(GcListing.parse(f.listing(), pkg).functions().values().iterator().next().insns(), pkg);
        List<GcListing.Insn> theirs = printed(gc.insns(), pkg);
        for (int i = 0; i < theirs.size(); i++) {
            listed++;
            if (i < ours.size() && ours.get(i).equals(theirs.get(i))) {
                identicalListed++;
            } else {
                mismatches.add(file + ": " + f.text().ref().name() + " listing: ours " + (i < ours.size() ? ours.get(i) : "nothing")
                        + ", gc " + theirs.get(i));
            }
        }
    }

    private static List<GcListing.Insn> printed(List<GcListing.Insn> insns, String pkg) {
        return insns.stream().filter(i -> !i.text().matches("(PCDATA|FUNCDATA|NOP|TEXT)\\b.*"))
                .map(i -> new GcListing.Insn(i.pc(), i.line(), spelling(i.text(), pkg))).toList();
    }

    private static final Pattern DISPLACEMENT = Pattern.compile("\\b(\\d{10})\\(");

    private static String spelling(String text, String pkg) {
        String s = text.replace("\"\".", pkg + ".").replaceAll("<(ABI0|ABIInternal|[^<>]*\\.s|)>", "").replaceFirst("^UNDEF$", "UD2");
        return DISPLACEMENT.matcher(s).replaceAll(m -> (int) Long.parseLong(m.group(1)) + "(");
    }

    /** gc lists a file-static function without jgo's {@code <file.s>} suffix. */
    private static String gcName(AsmFunction f) {
        return f.text().ref().name().replaceFirst("<[^<>]*>$", "");
    }

    /** Our code with relocated fields zeroed, as gc's object holds it. */
    private static byte[] comparableCode(AsmFunction f) {
        byte[] code = f.code().bytes().clone();
        for (Fixup x : f.code().fixups()) Arrays.fill(code, x.offset(), x.offset() + x.kind().size(), (byte) 0);
        return code;
    }

    private static String hex(byte[] code, int from, int to) {
        return HexFormat.of().formatHex(code, from, to);
    }
}

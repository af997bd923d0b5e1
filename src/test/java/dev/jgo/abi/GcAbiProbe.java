package dev.jgo.abi;

import dev.jgo.abi.AsmListing.Instr;
import dev.jgo.abi.SignatureGenerator.Generated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers gc's real assignment of generated signatures from gc's own code and compares it with
 * {@link Assigner}. Each generated function takes the address of every parameter and result and
 * hands it to a non-inlined function, so in gc's listing:
 * <ul>
 *   <li>the morestack path spills every register-assigned input, part by part, in order, to its
 *       spill slot ("MOVQ AX, 72(SP)"): registers, spill offsets and part widths;</li>
 *   <li>each named parameter and result is referenced at its home ("LEAQ main.p3+104(SP), AX"):
 *       stack offsets, and spill slots again;</li>
 *   <li>the epilogue loads each register-assigned result part into its register from the result's
 *       home ("MOVQ main.r1+16(SP), BX"): result registers and part offsets;</li>
 *   <li>the header's args= is the whole argument area.</li>
 * </ul>
 */
final class GcAbiProbe {
    /**
     * The outcome of one batch: how many functions were compared, how many single facts
     * (argument-area sizes, spill stores, homes, result registers) and what differed.
     */
    record Outcome(int functions, int facts, List<String> mismatches) {}

    /** The facts compared so far and the differences found. */
    private static final class Tally {
        int facts;
        final List<String> diffs = new ArrayList<>();

        void check(boolean same, String difference) {
            facts++;
            if (!same) diffs.add(difference);
        }
    }

    /** How one architecture's listing prints what the probe reads. */
    private record Dialect(String stackPointer, long entryToArgs, boolean namesFrameRelative,
            Map<String, Integer> storeWidths, Set<String> returns) {
        static Dialect of(Arch arch) {
            return switch (arch) {
                case AMD64 -> new Dialect("SP", 8, false,
                        Map.of("MOVB", 1, "MOVW", 2, "MOVL", 4, "MOVQ", 8, "MOVSS", 4, "MOVSD", 8), Set.of("RET"));
                case ARM64 -> new Dialect("RSP", arch.fixedFrameSize(), true, ARM_LIKE, Set.of("RET (R30)"));
                case PPC64LE -> new Dialect("R1", arch.fixedFrameSize(), true, ARM_LIKE, Set.of("JMP LR"));
                case RISCV64 -> new Dialect("SP", arch.fixedFrameSize(), false,
                        Map.of("MOVB", 1, "MOVH", 2, "MOVW", 4, "MOV", 8, "MOVF", 4, "MOVD", 8), Set.of("JALR X0, X1"));
            };
        }

        /**
         * What to subtract from a printed offset of a named parameter or result to get its offset
         * in the argument area: amd64 and riscv64 print it from the stack pointer after the frame
         * is set up (locals, then the return address), arm64 and ppc64 from the argument area.
         */
        long nameBias(AsmListing.Function f) {
            return namesFrameRelative ? 0 : f.locals() + 8;
        }
    }

    private static final Map<String, Integer> ARM_LIKE =
            Map.of("MOVB", 1, "MOVH", 2, "MOVW", 4, "MOVD", 8, "FMOVS", 4, "FMOVD", 8);
    private static final Pattern NAMED = Pattern.compile("^(\\$?)main\\.(\\w+)([+-]\\d+)?\\((\\w+)\\)$");
    private static final Pattern PLAIN_MEM = Pattern.compile("^(-?\\d+)?\\((\\w+)\\)$");
    private static final Pattern REGISTER = Pattern.compile("^[A-Za-z][A-Za-z0-9]*$");

    private GcAbiProbe() {}

    /** The Go file holding the generated functions, their defined types and the address sink. */
    static String goSource(List<Generated> functions, Map<String, AbiType> namedTypes) {
        StringBuilder sb = new StringBuilder("package main\n\nimport \"unsafe\"\n\n");
        sb.append("//go:noinline\nfunc keep(p unsafe.Pointer) {}\n\n");
        namedTypes.forEach((name, t) -> sb.append("type ").append(name).append(' ').append(t.goString()).append('\n'));
        for (Generated g : functions) {
            Signature s = g.signature();
            sb.append("\n//go:noinline\nfunc ");
            if (s.receiver() != null) sb.append("(").append(s.receiver().name()).append(' ')
                    .append(s.receiver().type().goString()).append(") ");
            sb.append(g.name()).append(Signature.function(s.params(), s.results()).goString().substring("func".length()));
            sb.append(" {\n");
            List<Signature.Param> all = new ArrayList<>(s.namedInputs());
            all.addAll(s.namedResults());
            for (Signature.Param p : all) {
                if (!p.name().equals("_")) sb.append("\tkeep(unsafe.Pointer(&").append(p.name()).append("))\n");
            }
            sb.append("\treturn\n}\n");
        }
        return sb.toString();
    }

    /** Compiles the functions for arch with gc and compares every one with the Assigner. */
    static Outcome run(Path go, Arch arch, List<Generated> functions, Map<String, AbiType> namedTypes, Path dir)
            throws IOException, InterruptedException {
        Path file = dir.resolve("abi_" + arch.goarch() + ".go");
        Files.writeString(file, goSource(functions, namedTypes));
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "tool", "compile", "-S", "-p", "main",
                "-o", dir.resolve("abi_" + arch.goarch() + ".o").toString(), file.toString());
        pb.environment().put("GOOS", "linux");
        pb.environment().put("GOARCH", arch.goarch());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return new Outcome(0, 0, List.of("gc failed on " + file + ":\n" + listing.lines().limit(20).toList()));
        }
        Map<String, AsmListing.Function> listed = AsmListing.parse(listing);
        Assigner assigner = Assigner.abiInternal(arch);
        Dialect dialect = Dialect.of(arch);
        List<String> mismatches = new ArrayList<>();
        int facts = 0;
        for (Generated g : functions) {
            AsmListing.Function f = listed.get(g.symbol());
            Tally tally = new Tally();
            if (f == null) tally.check(false, "no function " + g.symbol() + " in the listing");
            else compare(assigner.assign(g.signature()), f, dialect, arch, tally);
            facts += tally.facts;
            for (String d : tally.diffs) mismatches.add(arch.goarch() + " " + g.symbol() + " " + g.signature().goString() + ": " + d);
        }
        return new Outcome(functions.size(), facts, mismatches);
    }

    private static void compare(Assignment a, AsmListing.Function f, Dialect d, Arch arch, Tally tally) {
        tally.check(f.args() == a.argSize(), "argSize: gc " + f.args() + ", jgo " + a.argSize());

        List<String> want = expectedSpills(a, d);
        List<String> got = morestackSpills(f, d);
        tally.facts += Math.max(0, want.size() - 1);
        tally.check(want.equals(got), "morestack spills: gc " + got + ", jgo " + want);

        Map<String, Long> printed = printedBases(f);
        List<Assignment.Item> items = new ArrayList<>(a.params());
        items.addAll(a.results());
        for (Assignment.Item item : items) {
            if (item.name().equals("_")) continue;
            Long home = printed.containsKey(item.name()) ? printed.get(item.name()) - d.nameBias(f) : null;
            Long expected = switch (item.location()) {
                case Assignment.OnStack s -> s.offset();
                case Assignment.InRegisters r -> r.spillOffset().isPresent() ? r.spillOffset().getAsLong() : null;
            };
            if (home == null) tally.check(false, item.name() + ": gc never addresses it");
            else if (expected != null) {
                tally.check(home.longValue() == expected, item.name() + ": gc home " + home + ", jgo " + expected);
            }
        }
        compareResultRegisters(a, f, d, arch, tally);
    }

    /**
     * The spills jgo predicts on the morestack path, as "REG width@offset-from-entry-SP". gc spills
     * every register-assigned input, used or not, once any of them is used; here every named one
     * is, so only a signature whose register inputs are all blank has no spill path.
     */
    private static List<String> expectedSpills(Assignment a, Dialect d) {
        List<String> out = new ArrayList<>();
        boolean anyNamed = false;
        for (Assignment.Item item : a.params()) {
            if (!(item.location() instanceof Assignment.InRegisters r)) continue;
            anyNamed |= !item.name().equals("_");
            for (Assignment.Part part : r.parts()) {
                long at = d.entryToArgs() + r.spillOffset().getAsLong() + part.offset();
                out.add(part.register().name() + " " + Layout.size(part.type()) + "@" + at);
            }
        }
        return anyNamed ? out : List.of();
    }

    /** The stores right before the call to runtime.morestack, in order, in the same notation. */
    private static List<String> morestackSpills(AsmListing.Function f, Dialect d) {
        List<Instr> instrs = f.instrs();
        int call = -1;
        for (int i = 0; i < instrs.size(); i++) {
            if (instrs.get(i).operands().stream().anyMatch(o -> o.startsWith("runtime.morestack"))) call = i;
        }
        List<String> out = new ArrayList<>();
        for (int i = call - 1; i >= 0; i--) {
            Instr in = instrs.get(i);
            if (in.op().equals("NOP") || in.op().equals("PCDATA")) continue;
            if (in.operands().size() != 2) break;
            String src = in.operands().get(0);
            Matcher mem = PLAIN_MEM.matcher(in.last());
            boolean fromRegister = REGISTER.matcher(src).matches();
            if (fromRegister && REGISTER.matcher(in.last()).matches()) continue; // saving the link register
            if (!fromRegister || !mem.matches() || !mem.group(2).equals(d.stackPointer())) break;
            Integer width = d.storeWidths().get(in.op());
            long offset = mem.group(1) == null ? 0 : Long.parseLong(mem.group(1));
            out.addFirst(canonical(src) + " " + (width == null ? in.op() : width) + "@" + offset);
        }
        return out;
    }

    /** A register's content as far as the epilogue matters: a named value's byte, or its address. */
    private record Value(boolean address, String name, long offset) {}

    /**
     * Follows the loads, address computations and register moves after the last call up to the
     * return, then checks that each register-assigned result part is in its register, and that no
     * argument register holds a result part jgo does not return in registers at all.
     */
    private static void compareResultRegisters(Assignment a, AsmListing.Function f, Dialect d, Arch arch, Tally tally) {
        Map<String, Value> regs = new HashMap<>();
        for (Instr in : f.instrs()) {
            String text = in.toString().trim();
            if (d.returns().contains(text)) break;
            if (in.op().equals("CALL") || in.op().equals("BL") || in.op().equals("JAL") && !in.operands().getFirst().equals("X0")) {
                regs.clear();
                continue;
            }
            String dst = in.last();
            if (!REGISTER.matcher(dst).matches()) continue;
            dst = canonical(dst);
            Value v = null;
            if (in.operands().size() == 2 && (in.op().startsWith("MOV") || in.op().startsWith("FMOV") || in.op().startsWith("LEA"))) {
                String src = in.operands().getFirst();
                Matcher named = NAMED.matcher(src);
                Matcher plain = PLAIN_MEM.matcher(src);
                if (named.matches()) {
                    long off = named.group(3) == null ? 0 : Long.parseLong(named.group(3));
                    boolean address = !named.group(1).isEmpty() || in.op().startsWith("LEA");
                    v = new Value(address, named.group(2), off);
                } else if (plain.matches() && regs.get(canonical(plain.group(2))) instanceof Value base && base.address()) {
                    v = new Value(false, base.name(), base.offset() + (plain.group(1) == null ? 0 : Long.parseLong(plain.group(1))));
                } else if (REGISTER.matcher(src).matches()) {
                    v = regs.get(canonical(src));
                }
            }
            if (v == null) regs.remove(dst);
            else regs.put(dst, v);
        }
        Map<String, Long> printedBase = printedBases(f);
        Set<Value> expected = new HashSet<>();
        for (Assignment.Item item : a.results()) {
            if (!(item.location() instanceof Assignment.InRegisters r) || item.name().startsWith("~b")) continue;
            Long base = printedBase.get(item.name());
            for (Assignment.Part part : r.parts()) {
                String reg = part.register().name();
                Value want = new Value(false, item.name(), (base == null ? 0 : base) + part.offset());
                expected.add(want);
                tally.check(want.equals(regs.get(reg)),
                        "result " + item.name() + "+" + part.offset() + ": jgo " + reg + ", gc's " + reg + " holds " + regs.get(reg));
            }
        }
        Set<String> resultNames = new HashSet<>();
        a.results().forEach(i -> resultNames.add(i.name()));
        List<Register> argRegs = new ArrayList<>(arch.intRegs());
        argRegs.addAll(arch.floatRegs());
        for (Register r : argRegs) {
            Value v = regs.get(r.name());
            if (v != null && !v.address() && resultNames.contains(v.name()) && !expected.contains(v)) {
                tally.check(false, "gc returns " + v + " in " + r.name() + ", jgo does not");
            }
        }
    }

    /**
     * The lowest printed offset of each parameter and result: where it lives (its home), in the
     * listing's own frame-relative numbers, which its parts are printed relative to.
     */
    private static Map<String, Long> printedBases(AsmListing.Function f) {
        Map<String, Long> bases = new HashMap<>();
        for (Instr in : f.instrs()) {
            for (String operand : in.operands()) {
                Matcher m = NAMED.matcher(operand);
                if (m.matches()) bases.merge(m.group(2), m.group(3) == null ? 0 : Long.parseLong(m.group(3)), Math::min);
            }
        }
        return bases;
    }

    /** amd64 prints byte-sized uses of a register by their byte names (AL, DIB, R8B). */
    private static String canonical(String reg) {
        return switch (reg) {
            case "AL" -> "AX";
            case "BL" -> "BX";
            case "CL" -> "CX";
            case "DL" -> "DX";
            default -> reg.matches("(DI|SI|BP|SP|R\\d+)B") ? reg.substring(0, reg.length() - 1) : reg;
        };
    }
}

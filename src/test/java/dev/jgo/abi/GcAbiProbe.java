package dev.jgo.abi;

import dev.jgo.abi.AsmListing.Instr;
import dev.jgo.abi.AsmListing.NamedRef;
import dev.jgo.abi.RegisterTracker.Bytes;
import dev.jgo.abi.SignatureGenerator.Generated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recovers gc's real assignment of generated signatures from gc's own code and compares it with
 * {@link Assigner}. Each generated function takes the address of every parameter and result and
 * hands it to a non-inlined function, so in gc's listing of the function (ABIInternal):
 * <ul>
 *   <li>the morestack path spills every register-assigned input, part by part, in order, to its
 *       spill slot ("MOVQ AX, 72(SP)"): registers, spill offsets and part widths;</li>
 *   <li>each named parameter and result is referenced at its home ("LEAQ main.p3+104(SP), AX"):
 *       stack offsets, and spill slots again;</li>
 *   <li>the epilogue loads each register-assigned result part into its register from the result's
 *       home ("MOVQ main.r1+16(SP), BX"): result registers and part offsets;</li>
 *   <li>the header's args= is the whole argument area.</li>
 * </ul>
 * The file's symabis also declare every plain function referenced from assembly, so gc adds an
 * ABI0 wrapper that loads the ABI0 stack arguments into the ABIInternal registers, calls the
 * function and stores the result registers to the ABI0 result slots. That shows the ABI0 layout
 * (homes and args= again) and gc's caller-side view of the register assignment. (gc cannot wrap
 * methods, so methods are checked in ABIInternal only.)
 */
final class GcAbiProbe {
    /**
     * The outcome of one batch: how many functions were compared, how many single facts
     * (argument-area sizes, spill stores, homes, registers) and what differed; unresolved counts
     * the ABI0 wrapper's register moves the probe could not follow (through block copies).
     */
    record Outcome(int functions, int facts, int unresolved, List<String> mismatches) {}

    /** The facts compared so far and the differences found. */
    private static final class Tally {
        int facts;
        int unresolved;
        final List<String> diffs = new ArrayList<>();

        void check(boolean same, String difference) {
            facts++;
            if (!same) diffs.add(difference);
        }
    }

    /** How one architecture's listing prints what the probe reads. */
    private record Dialect(String stackPointer, long entryToArgs, boolean namesFrameRelative,
            Map<String, Integer> storeWidths, String ret) {
        static Dialect of(Arch arch) {
            return switch (arch) {
                case AMD64 -> new Dialect("SP", 8, false,
                        Map.of("MOVB", 1, "MOVW", 2, "MOVL", 4, "MOVQ", 8, "MOVSS", 4, "MOVSD", 8), "RET");
                case ARM64 -> new Dialect("RSP", arch.fixedFrameSize(), true, ARM_LIKE, "RET (R30)");
                case PPC64LE -> new Dialect("R1", arch.fixedFrameSize(), true, ARM_LIKE, "JMP LR");
                case RISCV64 -> new Dialect("SP", arch.fixedFrameSize(), false,
                        Map.of("MOVB", 1, "MOVH", 2, "MOVW", 4, "MOV", 8, "MOVF", 4, "MOVD", 8), "JALR X0, X1");
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

        boolean isReturn(Instr in) {
            return in.toString().trim().equals(ret);
        }
    }

    private static final Map<String, Integer> ARM_LIKE =
            Map.of("MOVB", 1, "MOVH", 2, "MOVW", 4, "MOVD", 8, "FMOVS", 4, "FMOVD", 8);

    private GcAbiProbe() {}

    /** The Go file holding the generated functions, their defined types and the address sink. */
    static String goSource(List<Generated> functions, Map<String, AbiType> namedTypes) {
        StringBuilder sb = new StringBuilder("package main\n\nimport \"unsafe\"\n\n");
        sb.append("//go:noinline\nfunc keep(p unsafe.Pointer) {}\n\n");
        namedTypes.forEach((name, t) -> sb.append("type ").append(name).append(' ').append(t.goString()).append('\n'));
        for (Generated g : functions) {
            Signature s = g.signature();
            sb.append("\n//go:noinline\n").append(g.goHeader()).append(" {\n");
            List<Signature.Param> all = new ArrayList<>(s.namedInputs());
            all.addAll(s.namedResults());
            for (Signature.Param p : all) {
                if (addressable(p.name())) sb.append("\tkeep(unsafe.Pointer(&").append(p.name()).append("))\n");
            }
            sb.append("\treturn\n}\n");
        }
        return sb.toString();
    }

    /** Blank parameters (_) and results (~b<i>) cannot be addressed in the source. */
    private static boolean addressable(String name) {
        return !name.equals("_") && !name.startsWith("~");
    }

    /** Declares every plain function as referenced from assembly, so gc makes its ABI0 wrapper. */
    private static String symabis(List<Generated> functions) {
        StringBuilder sb = new StringBuilder();
        for (Generated g : functions) if (g.receiverBase() == null) sb.append("ref ").append(g.symbol()).append(" ABI0\n");
        return sb.toString();
    }

    /** Compiles the functions for arch with gc and compares every one with the Assigner. */
    static Outcome run(Path go, Arch arch, List<Generated> functions, Map<String, AbiType> namedTypes, Path dir)
            throws IOException, InterruptedException {
        Path file = dir.resolve("abi_" + arch.goarch() + ".go");
        Path abis = dir.resolve("abi_" + arch.goarch() + ".symabis");
        Files.writeString(file, goSource(functions, namedTypes));
        Files.writeString(abis, symabis(functions));
        String listing = GcListing.compile(go, arch, file, "-symabis", abis.toString());
        Map<String, AsmListing.Function> listed = AsmListing.parse(listing);
        Assigner internal = Assigner.abiInternal(arch);
        Dialect dialect = Dialect.of(arch);
        List<String> mismatches = new ArrayList<>();
        int facts = 0, unresolved = 0;
        for (Generated g : functions) {
            Tally tally = new Tally();
            Assignment a = internal.assign(g.signature());
            AsmListing.Function f = listed.get(AsmListing.Function.key(g.symbol(), false));
            if (f == null) tally.check(false, "no function " + g.symbol() + " in the listing");
            else compareInternal(a, f, dialect, arch, tally);
            if (g.receiverBase() == null) {
                AsmListing.Function w = listed.get(AsmListing.Function.key(g.symbol(), true));
                if (w == null) tally.check(false, "no ABI0 wrapper of " + g.symbol() + " in the listing");
                else compareAbi0(Assigner.abi0().assign(g.signature()), a, g.symbol(), w, dialect, arch, tally);
            }
            facts += tally.facts;
            unresolved += tally.unresolved;
            for (String d : tally.diffs) mismatches.add(arch.goarch() + " " + g.symbol() + " " + g.signature().goString() + ": " + d);
        }
        return new Outcome(functions.size(), facts, unresolved, mismatches);
    }

    private static void compareInternal(Assignment a, AsmListing.Function f, Dialect d, Arch arch, Tally tally) {
        tally.check(f.args() == a.argSize(), "argSize: gc " + f.args() + ", jgo " + a.argSize());

        List<String> want = expectedSpills(a, d);
        List<String> got = morestackSpills(f, d);
        tally.facts += Math.max(0, want.size() - 1);
        tally.check(want.equals(got), "morestack spills: gc " + got + ", jgo " + want);

        Map<String, Long> printed = printedBases(f);
        for (Assignment.Item item : items(a)) {
            // a blank item is not addressed; gc mentions a blank result only now and then
            if (!addressable(item.name()) && !printed.containsKey(item.name())) continue;
            Long expected = switch (item.location()) {
                case Assignment.OnStack s -> s.offset();
                case Assignment.InRegisters r -> r.spillOffset().isPresent() ? r.spillOffset().getAsLong() : null;
            };
            checkHome(item.name(), printed.get(item.name()), expected, f, d, tally);
        }
        compareResultRegisters(a, f, d, arch, printed, tally);
    }

    /**
     * Compares the ABI0 wrapper with jgo's ABI0 assignment (args=, homes of every item) and with
     * jgo's ABIInternal assignment: the registers it loads from the ABI0 arguments before calling
     * the function, and the registers it stores to the ABI0 results after. A value the tracker
     * cannot follow (copied around by a block copy) is counted as unresolved, not as a match.
     */
    private static void compareAbi0(Assignment abi0, Assignment internal, String symbol, AsmListing.Function w,
            Dialect d, Arch arch, Tally tally) {
        tally.check(w.args() == abi0.argSize(), "ABI0 argSize: gc " + w.args() + ", jgo " + abi0.argSize());
        Map<String, Long> printed = printedBases(w);
        List<String> names = wrapperNames(abi0);
        Set<String> own = new HashSet<>(names);
        for (int i = 0; i < names.size(); i++) {
            Assignment.Item item = items(abi0).get(i);
            long offset = ((Assignment.OnStack) item.location()).offset();
            // the wrapper has no reason to touch a zero-sized value
            if (printed.containsKey(names.get(i)) || Layout.size(item.type()) > 0) {
                checkHome("ABI0 " + item.name(), printed.get(names.get(i)), offset, w, d, tally);
            }
        }

        RegisterTracker tracker = new RegisterTracker();
        List<Instr> instrs = w.instrs();
        int i = 0;
        for (; i < instrs.size() && !RegisterTracker.isCallTo(instrs.get(i), symbol); i++) tracker.step(instrs.get(i));
        Set<Bytes> passed = new HashSet<>();
        Set<String> inRegisters = new HashSet<>();
        for (int k = 0; k < internal.params().size(); k++) {
            if (!(internal.params().get(k).location() instanceof Assignment.InRegisters r)) continue;
            String name = names.get(k);
            inRegisters.add(name);
            for (Assignment.Part part : r.parts()) {
                Bytes want = new Bytes(name, printed.getOrDefault(name, 0L) + part.offset());
                passed.add(want);
                RegisterTracker.Value got = tracker.register(part.register().name());
                if (got instanceof Bytes b && own.contains(b.name())) {
                    tally.check(want.equals(got), "ABI0 wrapper passes " + part.register() + " = " + got + ", jgo " + want);
                } else {
                    tally.unresolved++;
                }
            }
        }
        // (argument registers also serve as temporaries copying stack arguments, so only the
        // parameters jgo passes in registers can be checked this way round)
        for (Register r : argumentRegisters(arch)) {
            if (tracker.register(r.name()) instanceof Bytes b && inRegisters.contains(b.name()) && !passed.contains(b)) {
                tally.check(false, "ABI0 wrapper passes " + b + " in " + r.name() + ", jgo does not");
            }
        }

        tracker.restart(argumentRegisters(arch));
        for (i++; i < instrs.size() && !d.isReturn(instrs.get(i)); i++) tracker.step(instrs.get(i));
        Map<Bytes, String> returned = new HashMap<>();
        for (int k = 0; k < internal.results().size(); k++) {
            if (!(internal.results().get(k).location() instanceof Assignment.InRegisters r)) continue;
            String name = names.get(internal.params().size() + k);
            for (Assignment.Part part : r.parts()) {
                Bytes at = new Bytes(name, printed.getOrDefault(name, 0L) + part.offset());
                returned.put(at, part.register().name());
                RegisterTracker.Value got = tracker.stored(at);
                if (got instanceof RegisterTracker.Incoming) {
                    tally.check(new RegisterTracker.Incoming(part.register().name()).equals(got),
                            "ABI0 wrapper stores " + got + " to " + at + ", jgo " + part.register());
                } else {
                    tally.unresolved++;
                }
            }
        }
        tracker.storedBytes().forEach((at, v) -> {
            if (v instanceof RegisterTracker.Incoming in && own.contains(at.name()) && !returned.containsKey(at)) {
                tally.check(false, "ABI0 wrapper stores result register " + in.register() + " to " + at + ", jgo does not");
            }
        });
    }

    private static List<Register> argumentRegisters(Arch arch) {
        List<Register> regs = new ArrayList<>(arch.intRegs());
        regs.addAll(arch.floatRegs());
        return regs;
    }

    /** How the ABI0 wrapper names each item: blank parameters are .anon0, .anon1, … in order. */
    private static List<String> wrapperNames(Assignment a) {
        List<String> names = new ArrayList<>();
        int blanks = 0;
        for (Assignment.Item item : items(a)) names.add(item.name().equals("_") ? ".anon" + blanks++ : item.name());
        return names;
    }

    private static void checkHome(String what, Long printed, Long expected, AsmListing.Function f, Dialect d, Tally tally) {
        if (printed == null) {
            tally.check(false, what + ": gc never addresses it");
        } else if (expected != null) {
            long home = printed - d.nameBias(f);
            tally.check(home == expected, what + ": gc home " + home + ", jgo " + expected);
        }
    }

    private static List<Assignment.Item> items(Assignment a) {
        List<Assignment.Item> all = new ArrayList<>(a.params());
        all.addAll(a.results());
        return all;
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
            String src = AsmListing.register(in.operands().getFirst());
            if (src != null && AsmListing.register(in.last()) != null) continue; // saving the link register
            if (src == null || !d.stackPointer().equals(AsmListing.memoryBase(in.last()))) break;
            Integer width = d.storeWidths().get(in.op());
            out.addFirst(src + " " + (width == null ? in.op() : width) + "@" + AsmListing.memoryOffset(in.last()));
        }
        return out;
    }

    /**
     * Follows the epilogue from the last call to the return, then checks that each
     * register-assigned result part is in its register, and that no argument register holds a
     * result part jgo does not return in registers at all.
     */
    private static void compareResultRegisters(Assignment a, AsmListing.Function f, Dialect d, Arch arch,
            Map<String, Long> printed, Tally tally) {
        RegisterTracker tracker = new RegisterTracker();
        for (Instr in : f.instrs()) {
            if (d.isReturn(in)) break;
            tracker.step(in);
        }
        Set<RegisterTracker.Value> expected = new HashSet<>();
        for (Assignment.Item item : a.results()) {
            if (!(item.location() instanceof Assignment.InRegisters r)) continue;
            if (!addressable(item.name()) && !printed.containsKey(item.name())) continue; // a blank result in registers only
            for (Assignment.Part part : r.parts()) {
                Bytes want = new Bytes(item.name(), printed.getOrDefault(item.name(), 0L) + part.offset());
                expected.add(want);
                RegisterTracker.Value got = tracker.register(part.register().name());
                tally.check(want.equals(got), "result " + item.name() + "+" + part.offset() + ": jgo "
                        + part.register() + ", gc's " + part.register() + " holds " + got);
            }
        }
        Set<String> resultNames = new HashSet<>();
        a.results().forEach(i -> resultNames.add(i.name()));
        for (Register r : argumentRegisters(arch)) {
            if (tracker.register(r.name()) instanceof Bytes b && resultNames.contains(b.name()) && !expected.contains(b)) {
                tally.check(false, "gc returns " + b + " in " + r.name() + ", jgo does not");
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
                NamedRef ref = AsmListing.named(operand);
                if (ref != null) bases.merge(ref.name(), ref.offset(), Math::min);
            }
        }
        return bases;
    }
}

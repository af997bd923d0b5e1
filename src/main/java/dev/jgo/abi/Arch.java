package dev.jgo.abi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The per-architecture facts of Go's internal ABI (ABIInternal) as gc 1.19 implements them. Names
 * are those of Go's assembler for the architecture. The tables are proven against gc by
 * GcAbiDifferentialTest; docs/abi.md repeats them with the special registers.
 */
public enum Arch {
    AMD64("amd64",
            List.of("AX", "BX", "CX", "DI", "SI", "R8", "R9", "R10", "R11"),
            range("X", 0, 14),
            "DX", "R14", 0, 8),
    ARM64("arm64",
            range("R", 0, 15),
            range("F", 0, 15),
            "R26", "R28", 8, 16),
    PPC64LE("ppc64le",
            concat(range("R", 3, 10), range("R", 14, 17)),
            range("F", 1, 12),
            "R11", "R30", 32, 8),
    RISCV64("riscv64",
            concat(range("X", 10, 17), range("X", 8, 9), range("X", 18, 23)),
            concat(range("F", 10, 17), range("F", 8, 9), range("F", 18, 23)),
            "X26", "X27", 8, 8);

    private final String goarch;
    private final List<Register> intRegs;
    private final List<Register> floatRegs;
    private final String closureContext;
    private final String goroutine;
    private final long fixedFrameSize;
    private final long stackAlign;

    Arch(String goarch, List<String> ints, List<String> floats, String closureContext, String goroutine,
            long fixedFrameSize, long stackAlign) {
        this.goarch = goarch;
        this.intRegs = registers(ints, Register.RegClass.INT);
        this.floatRegs = registers(floats, Register.RegClass.FLOAT);
        this.closureContext = closureContext;
        this.goroutine = goroutine;
        this.fixedFrameSize = fixedFrameSize;
        this.stackAlign = stackAlign;
    }

    /** The GOARCH value. */
    public String goarch() {
        return goarch;
    }

    /** Integer argument/result registers, in assignment order. */
    public List<Register> intRegs() {
        return intRegs;
    }

    /** Floating-point argument/result registers, in assignment order. */
    public List<Register> floatRegs() {
        return floatRegs;
    }

    /** The register a closure call carries the closure object's address in. */
    public String closureContextRegister() {
        return closureContext;
    }

    /** The register holding the current goroutine g. */
    public String goroutineRegister() {
        return goroutine;
    }

    /**
     * Bytes between the stack pointer at a call and the argument area: the saved return address
     * slot on link-register machines (ppc64 also reserves CR and TOC save slots). On amd64 the
     * CALL instruction pushes the return address instead, so this is 0.
     */
    public long fixedFrameSize() {
        return fixedFrameSize;
    }

    /** Alignment of the stack pointer in Go code. */
    public long stackAlign() {
        return stackAlign;
    }

    /** The architecture with this GOARCH name, or null. */
    public static Arch byGoarch(String goarch) {
        for (Arch a : values()) if (a.goarch.equals(goarch.toLowerCase(Locale.ROOT))) return a;
        return null;
    }

    private static List<Register> registers(List<String> names, Register.RegClass c) {
        return IntStream.range(0, names.size()).mapToObj(i -> new Register(names.get(i), c, i)).toList();
    }

    private static List<String> range(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + i).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}

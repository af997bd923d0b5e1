package dev.jgo.amd64.emit;

import static dev.jgo.amd64.Op.*;
import static dev.jgo.amd64.Reg.*;

import dev.jgo.amd64.Code;
import dev.jgo.amd64.Encoder;
import dev.jgo.amd64.Fixup;
import dev.jgo.amd64.Imm;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Operand;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.SymRef;
import dev.jgo.link.Linker;
import dev.jgo.obj.Abi;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.Symbol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled functions natively: links them with a hand-written entry stub that plays the
 * runtime's part — R14 points at a fake g (also kept in thread-local storage, 8 bytes below the
 * FS base, as jgo's runtime keeps it) whose stack guard sits 64 KiB below the stack pointer
 * (or above it, to force the morestack path), X15 is zero, the arguments are in their ABI
 * registers and stack slots — calls {@code main.f}, and writes what it returns (AX, or X0 for a
 * float) followed by the words the fake {@code runtime.morestack_noctxt} recorded to standard
 * output.
 */
public final class Native {
    private Native() {}

    /** One argument: a register and a value, or a stack slot offset and a value. */
    public record Arg(Reg reg, long stackOffset, long value) {
        public static Arg reg(Reg r, long v) { return new Arg(r, -1, v); }
        public static Arg stack(long off, long v) { return new Arg(null, off, v); }
    }

    /** What the run printed: f's result, how often morestack ran, and the first two argument words it saw. */
    public record Outcome(long result, long morestackCalls, long seen0, long seen1, byte[] results) {}

    public static final String F = "main.f";
    /** The function may store up to RESULTS bytes into OUT from offset 32 on; the run prints them after the four words. */
    public static final String OUT = "test.out";
    public static final int RESULTS = 512;

    public static Outcome run(Path dir, List<Symbol> compiled, List<Arg> args, long argArea, boolean floatResult, boolean forceMorestack)
            throws IOException, InterruptedException, dev.jgo.link.LinkError {
        Process p = start(dir, compiled, args, argArea, floatResult, forceMorestack);
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out");
        }
        if (p.exitValue() != 0 || out.length != 32 + RESULTS) {
            throw new AssertionError("status " + p.exitValue() + ", " + out.length + " bytes of output");
        }
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        return new Outcome(b.getLong(), b.getLong(), b.getLong(), b.getLong(), java.util.Arrays.copyOfRange(out, 32, out.length));
    }

    /** Runs like {@link #run} but returns the exit status, for programs that crash or exit early. */
    public static int status(Path dir, List<Symbol> compiled, List<Arg> args) throws IOException, InterruptedException, dev.jgo.link.LinkError {
        Process p = start(dir, compiled, args, 0, false, false);
        p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out");
        }
        return p.exitValue();
    }

    private static Process start(Path dir, List<Symbol> compiled, List<Arg> args, long argArea, boolean floatResult, boolean forceMorestack)
            throws IOException, dev.jgo.link.LinkError {
        List<Symbol> syms = new ArrayList<>(compiled);
        syms.add(text(Linker.DEFAULT_ENTRY.name(), Abi.ABI0, entry(args, argArea, floatResult, forceMorestack)));
        syms.add(text("runtime.morestack_noctxt", Abi.ABI0, morestack()));
        syms.add(Symbol.bss("test.g", SymKind.NOPTRBSS, 8, 64));
        syms.add(Symbol.bss("test.tls", SymKind.NOPTRBSS, 8, 16));
        syms.add(Symbol.bss("test.out", SymKind.NOPTRBSS, 8, 32 + RESULTS));
        Path exe = Files.createTempFile(dir, "prog", "");
        Linker.writeExecutable(exe, Linker.link(syms, List.of(Linker.DEFAULT_ENTRY)));
        Process p = new ProcessBuilder(exe.toString()).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        return p;
    }

    /** Hand-written code as a text symbol of the given ABI (calls it makes are to ABIInternal functions). */
    public static Symbol handWritten(String name, Abi abi, List<Prog> progs) {
        return text(name, abi, progs);
    }

    private static List<Prog> entry(List<Arg> args, long argArea, boolean floatResult, boolean forceMorestack) {
        List<Prog> ps = new ArrayList<>();
        ps.add(Prog.of(LEAQ, SymRef.of("test.g"), R14));
        // Thread-local storage as jgo's runtime sets it up: g's slot 8 bytes below the FS base.
        ps.add(Prog.of(MOVQ, R14, SymRef.of("test.tls")));
        ps.add(Prog.of(MOVL, new Imm(158), AX));
        ps.add(Prog.of(MOVL, new Imm(0x1002), DI));
        ps.add(Prog.of(LEAQ, new SymRef("test.tls", 8), SI));
        ps.add(Prog.of(SYSCALL));
        if (forceMorestack) {
            ps.add(Prog.of(MOVQ, new Imm(-1), AX));
        } else {
            ps.add(Prog.of(MOVQ, SP, AX));
            ps.add(Prog.of(SUBQ, new Imm(65536), AX));
        }
        ps.add(Prog.of(MOVQ, AX, Mem.at(R14, 16)));
        ps.add(Prog.of(XORPS, X15, X15));
        long frame = (argArea + 15) & -16;
        if (frame > 0) ps.add(Prog.of(SUBQ, new Imm(frame), SP));
        for (Arg a : args) {
            ps.add(Prog.of(MOVQ, new Imm(a.value()), R12));
            Operand dst = a.reg() == null ? Mem.at(SP, a.stackOffset()) : a.reg();
            ps.add(Prog.of(MOVQ, R12, dst));
        }
        ps.add(Prog.of(CALL, SymRef.of(F)));
        ps.add(Prog.of(MOVQ, floatResult ? X0 : AX, SymRef.of("test.out")));
        ps.add(Prog.of(MOVL, new Imm(1), AX));
        ps.add(Prog.of(MOVL, new Imm(1), DI));
        ps.add(Prog.of(LEAQ, SymRef.of("test.out"), SI));
        ps.add(Prog.of(MOVL, new Imm(32 + RESULTS), DX));
        ps.add(Prog.of(SYSCALL));
        ps.add(Prog.of(MOVL, new Imm(60), AX));
        ps.add(Prog.of(XORL, DI, DI));
        ps.add(Prog.of(SYSCALL));
        return ps;
    }

    /**
     * A stand-in for runtime.morestack_noctxt: counts its calls, records the first two words of
     * the caller's argument area (where the spill must have put the register arguments), lowers
     * the guard so the restarted function passes its check, and trashes the argument registers so
     * that only a real reload can bring them back.
     */
    private static List<Prog> morestack() {
        List<Prog> ps = new ArrayList<>();
        ps.add(Prog.of(INCQ, new SymRef("test.out", 8)));
        ps.add(Prog.of(MOVQ, Mem.at(SP, 16), R12));
        ps.add(Prog.of(MOVQ, R12, new SymRef("test.out", 16)));
        ps.add(Prog.of(MOVQ, Mem.at(SP, 24), R12));
        ps.add(Prog.of(MOVQ, R12, new SymRef("test.out", 24)));
        ps.add(Prog.of(MOVQ, SP, R12));
        ps.add(Prog.of(SUBQ, new Imm(65536), R12));
        ps.add(Prog.of(MOVQ, R12, Mem.at(R14, 16)));
        for (Reg r : List.of(AX, BX, CX, DI, SI, R8, R9, R10, R11)) ps.add(Prog.of(MOVQ, new Imm(0x5ead), r));
        for (Reg r : List.of(X0, X1, X2)) ps.add(Prog.of(MOVQ, AX, r));
        ps.add(Prog.of(RET));
        return ps;
    }

    private static Symbol text(String name, Abi abi, List<Prog> progs) {
        Code code = Encoder.assemble(progs);
        List<Reloc> relocs = new ArrayList<>();
        for (Fixup x : code.fixups()) {
            boolean call = x.kind() == Fixup.Kind.CALL_PC32;
            dev.jgo.obj.SymRef target = call ? dev.jgo.obj.SymRef.func(x.symbol(), Abi.INTERNAL) : dev.jgo.obj.SymRef.data(x.symbol());
            relocs.add(new Reloc(x.offset(), call ? RelocType.CALL : RelocType.PCREL32, target, x.addend()));
        }
        return Symbol.text(name, abi, code.bytes(), relocs, FuncInfo.NONE);
    }
}

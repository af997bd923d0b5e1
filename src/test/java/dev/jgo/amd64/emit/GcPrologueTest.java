package dev.jgo.amd64.emit;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Assignment;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.FuncBuilder.Valu;
import dev.jgo.testing.GoOracle;
import dev.jgo.types.Universe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prologue (stack check, frame, frame pointer) and the morestack path of a function must have
 * the shape gc gives the same signature: {@code go tool compile -S} on the Go source, jgo's back
 * end on hand-built SSA of the same body; the instruction text must be equal line by line.
 */
class GcPrologueTest {
    @TempDir Path dir;

    static final String SOURCE = """
            package p

            func g(a, b int) int

            func f(a, b int, c float64) int {
            \treturn g(a+1, b) + int(c)
            }
            """;

    static final String BIG_FRAMES = """
            package p

            func g(a int) int

            func f(a int) int {
            	var x [1000]int64
            	x[a&511] = int64(a)
            	return g(int(x[(a+1)&511]))
            }

            func h(a int) int {
            	var x [100]int64
            	x[a&63] = int64(a)
            	return g(int(x[(a+1)&63]))
            }
            """;

    /** Large (LEAQ into R12) and huge (underflow-checked SUBQ) frames, as a stack array makes them. */
    @Test
    void largeAndHugeFrameChecksMatchGc() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "Go 1.19 not installed");
        for (String name : List.of("f", "h")) {
            long len = name.equals("f") ? 1000 : 100;
            String gc = gcListing(BIG_FRAMES, "p." + name);
            Assignment one = BackendRunTest.assign(BackendRunTest.ints(1), BackendRunTest.ints(1));
            FuncShape shape = AbiShapes.function("p." + name, one, false, false);
            CallRegs regs = AbiShapes.call(SymRef.func("p.g", Abi.INTERNAL), one);
            dev.jgo.types.Type arr = new dev.jgo.types.Type.Array(Universe.INT64, len);
            dev.jgo.types.Type ptr = new dev.jgo.types.Type.Pointer(Universe.INT64);
            FuncBuilder.Built b = func(name, bloc("entry",
                    valu("mem", InitMem, BackendRunTest.MEM),
                    BackendRunTest.intArg("a", shape, 0),
                    valu("sp", SP, Universe.UINTPTR),
                    valuA("x", LocalAddr, new dev.jgo.types.Type.Pointer(arr), 0, "x", "sp", "mem"),
                    valuI("e", OffPtr, ptr, 8, "x"),
                    valuA("st", Store, BackendRunTest.MEM, 0, Universe.INT64, "e", "a", "mem"),
                    valu("v", Load, Universe.INT64, "e", "st"),
                    new Valu("call", StaticCall, BackendRunTest.RES, one.argSize(), new CallAux(null, null, regs), List.of("v", "st")),
                    valuI("r", Amd64Op.CallResult, Universe.INT64, 0, "call"),
                    valuI("m2", SelectN, BackendRunTest.MEM, 0, "call"),
                    valu("mr", MakeResult, BackendRunTest.RES, "r", "m2"),
                    ret("mr")));
            Backend.Compiled c = Backend.compile(b.f(), shape);
            String jgo = c.listing("p." + name, shape.argSize());
            assertEquals(prologue(gc), prologue(jgo), name + " prologue");
            assertEquals(morestack(gc), morestack(jgo), name + " morestack path");
        }
    }

    static final String CLOSURE = """
            package p

            func g(a int) int

            func mk(k int) func(int) int {
            	return func(x int) int {
            		return g(x) * k
            	}
            }
            """;

    /** A closure: NEEDCTXT, and its morestack path calls runtime.morestack, which keeps DX. */
    @Test
    void closurePrologueAndMorestackMatchGc() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "Go 1.19 not installed");
        String gc = gcListing(CLOSURE, "p.mk.func1");
        Assignment one = BackendRunTest.assign(BackendRunTest.ints(1), BackendRunTest.ints(1));
        FuncShape shape = AbiShapes.function("p.mk.func1", one, true, false);
        CallRegs regs = AbiShapes.call(SymRef.func("p.g", Abi.INTERNAL), one);
        dev.jgo.types.Type ptr = new dev.jgo.types.Type.Pointer(Universe.INT64);
        FuncBuilder.Built b = func("func1", bloc("entry",
                valu("mem", InitMem, BackendRunTest.MEM),
                BackendRunTest.intArg("x", shape, 0),
                valu("ctx", GetClosurePtr, ptr),
                valuI("kp", OffPtr, ptr, 8, "ctx"),
                valu("k", Load, Universe.INT64, "kp", "mem"),
                new Valu("call", StaticCall, BackendRunTest.RES, one.argSize(), new CallAux(null, null, regs), List.of("x", "mem")),
                valuI("r", Amd64Op.CallResult, Universe.INT64, 0, "call"),
                valuI("m2", SelectN, BackendRunTest.MEM, 0, "call"),
                valu("res", Mul64, Universe.INT64, "r", "k"),
                valu("mr", MakeResult, BackendRunTest.RES, "res", "m2"),
                ret("mr")));
        Backend.Compiled c = Backend.compile(b.f(), shape);
        String jgo = c.listing("p.mk.func1", shape.argSize());
        assertEquals(prologue(gc), prologue(jgo), "prologue");
        assertEquals(morestack(gc), morestack(jgo), "morestack path");
    }

    @Test
    void prologueAndMorestackPathMatchGc() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "Go 1.19 not installed");
        String gc = gcListing(SOURCE, "p.f");
        List<AbiType> params = List.of(AbiType.Basic.INT64, AbiType.Basic.INT64, AbiType.Basic.FLOAT64);
        Assignment fa = BackendRunTest.assign(params, BackendRunTest.ints(1));
        Assignment ga = BackendRunTest.assign(BackendRunTest.ints(2), BackendRunTest.ints(1));
        FuncShape shape = AbiShapes.function("p.f", fa, false, false);
        CallRegs regs = AbiShapes.call(SymRef.func("p.g", Abi.INTERNAL), ga);
        FuncBuilder.Built b = func("f", bloc("entry",
                valu("mem", InitMem, BackendRunTest.MEM),
                BackendRunTest.intArg("a", shape, 0), BackendRunTest.intArg("b", shape, 1),
                valuA("c", Amd64Op.ArgFloatReg, BackendRunTest.F64, 0, BackendRunTest.slot(shape, 2)),
                valuI("one", Const64, Universe.INT64, 1),
                valu("a1", Add64, Universe.INT64, "a", "one"),
                new Valu("call", StaticCall, BackendRunTest.RES, ga.argSize(), new CallAux(null, null, regs), List.of("a1", "b", "mem")),
                valuI("r", Amd64Op.CallResult, Universe.INT64, 0, "call"),
                valuI("m2", SelectN, BackendRunTest.MEM, 0, "call"),
                valu("ci", Cvt64Fto64, Universe.INT64, "c"),
                valu("res", Add64, Universe.INT64, "r", "ci"),
                valu("mr", MakeResult, BackendRunTest.RES, "res", "m2"),
                ret("mr")));
        Backend.Compiled c = Backend.compile(b.f(), shape);
        String jgo = c.listing("p.f", shape.argSize());
        assertEquals(prologue(gc), prologue(jgo), "prologue");
        assertEquals(morestack(gc), morestack(jgo), "morestack path");
        assertEquals(frameOf(gc), c.frameSize(), "frame size");
    }

    private String gcListing(String source, String function) throws Exception {
        Path src = dir.resolve("x.go");
        Files.writeString(src, source);
        Path out = Files.createTempFile(dir, "x", ".o");
        Process p = new ProcessBuilder(GoOracle.go().orElseThrow().toString(), "tool", "compile", "-p", "p", "-S", "-o", out.toString(), "x.go")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), text);
        int start = text.indexOf(function + " STEXT");
        int end = text.indexOf("\tRET\n", start);
        int stop = text.indexOf("JMP\t0\n", end);
        return text.substring(start, stop + "JMP\t0\n".length());
    }

    /** The instruction column of each line ("OP\targs"), branch targets blanked. */
    private static List<String> instructions(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[1].startsWith("0x")) continue;
            String insn = String.join("\t", List.of(cols).subList(2, cols.length))
                    .replaceAll("^(J[A-Z]+)\t\\d+$", "$1\t<target>");
            out.add(insn);
        }
        return out;
    }

    /** From the stack check to the frame pointer set-up. */
    private static List<String> prologue(String listing) {
        List<String> all = instructions(listing);
        int end = 0;
        while (!all.get(end).startsWith("LEAQ\t") || !all.get(end).endsWith("BP")) end++;
        return all.subList(0, end + 1);
    }

    /** From the first instruction after the last RET to the jump back. */
    private static List<String> morestack(String listing) {
        List<String> all = instructions(listing);
        return all.subList(all.lastIndexOf("RET") + 1, all.size()).stream().filter(s -> !s.equals("NOP")).toList();
    }

    private static long frameOf(String gc) {
        var m = java.util.regex.Pattern.compile("TEXT\\t\\S+, ABIInternal, \\$(\\d+)-").matcher(gc);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}

package dev.jgo.amd64.emit;

import static dev.jgo.amd64.emit.BackendRunTest.*;
import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Assignment;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.FuncBuilder.Valu;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More native runs: narrow integers, closures, g, locals and globals, register pressure around calls. */
class BackendRunMoreTest {
    @TempDir Path dir;

    static Object[] parts(List<Valu> vals, FuncBuilder.End end) {
        Object[] parts = new Object[vals.size() + 1];
        for (int i = 0; i < vals.size(); i++) parts[i] = vals.get(i);
        parts[vals.size()] = end;
        return parts;
    }

    /**
     * f(a int8, b int32, c uint16, s uint8) int64 =
     * int64(a+a) + int64(b / -1) + int64(b % -1) + int64(c >> s) + int64(a >> s) + (c < 100 ? 1000 : 0).
     */
    static long narrow(byte a, int b, short c, byte s) {
        int cu = c & 0xffff, su = s & 0xff;
        long r = (byte) (a + a) + (long) (b == Integer.MIN_VALUE ? b : -b) + 0 + (su >= 16 ? 0 : (cu >>> su))
                + (a >> Math.min(su, 7));
        return r + (cu < 100 ? 1000 : 0);
    }

    @Test
    void narrowIntegersDivisionByMinusOneAndUnsignedCompares() throws Exception {
        Assignment a = assign(List.of(AbiType.Basic.INT8, AbiType.Basic.INT32, AbiType.Basic.UINT16, AbiType.Basic.UINT8), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, a, false, false);
        Type i8 = Universe.INT8, i32 = Universe.INT32, u16 = Universe.UINT16, u8 = Universe.UINT8;
        FuncBuilder.Built f = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("a", Amd64Op.ArgIntReg, i8, 0, slot(shape, 0)),
                        valuA("b", Amd64Op.ArgIntReg, i32, 1, slot(shape, 1)),
                        valuA("c", Amd64Op.ArgIntReg, u16, 2, slot(shape, 2)),
                        valuA("s", Amd64Op.ArgIntReg, u8, 3, slot(shape, 3)),
                        valu("x", Add8, i8, "a", "a"),
                        valuI("m1", Const32, i32, -1),
                        valu("q", Div32, i32, "b", "m1"), valu("r", Mod32, i32, "b", "m1"),
                        valu("u", Rsh16Ux8, u16, "c", "s"), valu("v", Rsh8x8, i8, "a", "s"),
                        valu("x64", SignExt8to64, I64, "x"), valu("q64", SignExt32to64, I64, "q"),
                        valu("r64", SignExt32to64, I64, "r"), valu("u64", ZeroExt16to64, I64, "u"),
                        valu("v64", SignExt8to64, I64, "v"),
                        valu("t1", Add64, I64, "x64", "q64"), valu("t2", Add64, I64, "t1", "r64"),
                        valu("t3", Add64, I64, "t2", "u64"), valu("t4", Add64, I64, "t3", "v64"),
                        valuI("hundred", Const16, u16, 100),
                        valu("small", Less16U, Universe.BOOL, "c", "hundred"),
                        branch("small", "plus", "exit")),
                bloc("plus",
                        valuI("k", Const64, I64, 1000), valu("t5", Add64, I64, "t4", "k"),
                        goTo("exit")),
                bloc("exit",
                        valu("res", Phi, I64, "t4", "t5"),
                        valu("mr", MakeResult, RES, "res", "mem"),
                        ret("mr")));
        Symbol sym = compile(f, shape);
        long junk = 0x5a5a5a5a_5a5a0000L;
        Object[][] cases = {
                {(byte) 100, Integer.MIN_VALUE, (short) 50, (byte) 3},
                {(byte) -7, 123456, (short) 0xfff0, (byte) 20},
                {(byte) -128, -5, (short) 99, (byte) 255},
                {(byte) 1, 7, (short) 100, (byte) 0}};
        for (Object[] c : cases) {
            byte av = (Byte) c[0], sv = (Byte) c[3];
            int bv = (Integer) c[1];
            short cv = (Short) c[2];
            // Junk above each argument's width: the ABI leaves those bits undefined.
            Native.Outcome o = Native.run(dir, List.of(sym), List.of(
                    Native.Arg.reg(Reg.AX, junk | (av & 0xff)), Native.Arg.reg(Reg.BX, (junk << 16) | (bv & 0xffffffffL)),
                    Native.Arg.reg(Reg.CX, junk | (cv & 0xffff)), Native.Arg.reg(Reg.DI, junk | (sv & 0xff))), 0, false, false);
            assertEquals(narrow(av, bv, cv, sv), o.result(), "f(" + av + ", " + bv + ", " + cv + ", " + sv + ")");
        }
    }

    /**
     * f(n) = h(n) + n read back from a local array copied to another + (getg() == &test.g ? 100 : 0),
     * where h is a closure over test.closure = {h, 42}: h(x) = x * ctx.k. n is also stored to the global test.var.
     */
    @Test
    void closuresGLocalsAndGlobals() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape fs = AbiShapes.function(Native.F, one, false, false);
        FuncShape hs = AbiShapes.function("main.h", one, true, false);
        CallRegs regs = AbiShapes.call(null, one);
        Type arr = new Type.Array(I64, 4);
        Type ptr = new Type.Pointer(I64), uptr = Universe.UINTPTR;
        FuncBuilder.Built f = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM), intArg("n", fs, 0),
                        valu("sp", SP, uptr), valu("sb", SB, uptr),
                        valuA("buf", LocalAddr, new Type.Pointer(arr), 0, "buf", "sp", "mem"),
                        valuA("buf2", LocalAddr, new Type.Pointer(arr), 0, "buf2", "sp", "mem"),
                        valuA("z", Zero, MEM, 32, arr, "buf", "mem"),
                        valuI("e1", OffPtr, ptr, 8, "buf"),
                        valuA("st", Store, MEM, 0, I64, "e1", "n", "z"),
                        valuA("mv", Move, MEM, 32, arr, "buf2", "buf", "st"),
                        valuI("f1", OffPtr, ptr, 8, "buf2"),
                        valu("back", Load, I64, "f1", "mv"),
                        valuA("gv", Addr, ptr, 0, "test.var", "sb"),
                        valuA("st2", Store, MEM, 0, I64, "gv", "back", "mv"),
                        valuA("cl", Addr, new Type.Pointer(uptr), 0, "test.closure", "sb"),
                        valu("code", Load, uptr, "cl", "st2"),
                        new Valu("call", ClosureCall, RES, one.argSize(), new CallAux(null, null, regs), List.of("code", "cl", "n", "st2")),
                        valuI("r", Amd64Op.CallResult, I64, 0, "call"),
                        valuI("m2", SelectN, MEM, 0, "call"),
                        valu("sum", Add64, I64, "r", "back"),
                        valu("g", GetG, uptr, "m2"),
                        valuA("fakeg", Addr, uptr, 0, "test.g", "sb"),
                        valu("isg", EqPtr, Universe.BOOL, "g", "fakeg"),
                        branch("isg", "yes", "exit")),
                bloc("yes",
                        valuI("h", Const64, I64, 100), valu("sum2", Add64, I64, "sum", "h"),
                        goTo("exit")),
                bloc("exit",
                        valu("res", Phi, I64, "sum", "sum2"),
                        valu("mr", MakeResult, RES, "res", "m2"),
                        ret("mr")));
        FuncBuilder.Built h = func("h", bloc("entry",
                valu("mem", InitMem, MEM), intArg("x", hs, 0),
                valu("ctx", GetClosurePtr, new Type.Pointer(I64)),
                valuI("kp", OffPtr, ptr, 8, "ctx"),
                valu("k", Load, I64, "kp", "mem"),
                valu("res", Mul64, I64, "x", "k"),
                valu("mr", MakeResult, RES, "res", "mem"),
                ret("mr")));
        byte[] closure = new byte[16];
        closure[8] = 42;
        List<Symbol> syms = List.of(compile(f, fs), compile(h, hs),
                Symbol.data("test.closure", SymKind.DATA, 8, closure,
                        List.of(new Reloc(0, RelocType.ADDR64, SymRef.func("main.h", Abi.INTERNAL), 0))),
                Symbol.bss("test.var", SymKind.NOPTRBSS, 8, 8));
        Native.Outcome o = Native.run(dir, syms, List.of(Native.Arg.reg(Reg.AX, 5)), 0, false, false);
        assertEquals(5 * 42 + 5 + 100, o.result());
    }

    /** Twenty values live across a call: more than the registers, so they are spilled and reloaded. */
    @Test
    void registerPressureAcrossACall() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape fs = AbiShapes.function(Native.F, one, false, false);
        FuncShape gs = AbiShapes.function("main.g", one, false, false);
        CallRegs regs = AbiShapes.call(SymRef.func("main.g", Abi.INTERNAL), one);
        List<Valu> vals = new ArrayList<>();
        vals.add(valu("mem", InitMem, MEM));
        vals.add(intArg("a", fs, 0));
        for (int i = 0; i < 20; i++) {
            vals.add(valuI("k" + i, Const64, I64, i + 1));
            vals.add(valu("m" + i, Mul64, I64, "a", "k" + i));
            vals.add(valu("v" + i, Add64, I64, "m" + i, "k" + i));
        }
        vals.add(new Valu("call", StaticCall, RES, one.argSize(), new CallAux(null, null, regs), List.of("v3", "mem")));
        vals.add(valuI("r", Amd64Op.CallResult, I64, 0, "call"));
        vals.add(valuI("mem2", SelectN, MEM, 0, "call"));
        String acc = "r";
        for (int i = 19; i >= 0; i--) {
            vals.add(valu("s" + i, Sub64, I64, acc, "v" + i));
            acc = "s" + i;
        }
        vals.add(valu("mr", MakeResult, RES, acc, "mem2"));
        FuncBuilder.Built f = func("f", bloc("entry", parts(vals, ret("mr"))));
        FuncBuilder.Built g = func("g", bloc("entry",
                valu("mem", InitMem, MEM), intArg("x", gs, 0),
                valu("res", Mul64, I64, "x", "x"),
                valu("mr", MakeResult, RES, "res", "mem"),
                ret("mr")));
        long a = 3;
        long want = (a * 4 + 4) * (a * 4 + 4);
        for (int i = 19; i >= 0; i--) want -= a * (i + 1) + i + 1;
        Native.Outcome o = Native.run(dir, List.of(compile(f, fs), compile(g, gs)), List.of(Native.Arg.reg(Reg.AX, a)), 0, false, false);
        assertEquals(want, o.result());
    }

    /** f(x float32, n int64) float64 = float64(-((x + float32(n)) * 0.5)) + float64(int32(x)) + (x == 1.5 ? 100 : 0). */
    @Test
    void float32ArithmeticConversionsAndEquality() throws Exception {
        Assignment a = assign(List.of(AbiType.Basic.FLOAT32, AbiType.Basic.INT64), List.of(AbiType.Basic.FLOAT64));
        FuncShape shape = AbiShapes.function(Native.F, a, false, false);
        Type f32 = Universe.FLOAT32;
        FuncBuilder.Built f = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Amd64Op.ArgFloatReg, f32, 0, slot(shape, 0)),
                        valuA("n", Amd64Op.ArgIntReg, I64, 0, slot(shape, 1)),
                        valu("nf", Cvt64to32F, f32, "n"), valu("y", Add32F, f32, "x", "nf"),
                        valuI("half", Const32F, f32, Double.doubleToLongBits(0.5)),
                        valu("z", Mul32F, f32, "y", "half"), valu("neg", Neg32F, f32, "z"),
                        valu("d", Cvt32Fto64F, F64, "neg"),
                        valu("i", Cvt32Fto32, Universe.INT32, "x"), valu("di", Cvt32to64F, F64, "i"),
                        valu("r", Add64F, F64, "d", "di"),
                        valuI("c", Const32F, f32, Double.doubleToLongBits(1.5)),
                        valu("eq", Eq32F, Universe.BOOL, "x", "c"),
                        branch("eq", "plus", "exit")),
                bloc("plus",
                        valuI("h", Const64F, F64, Double.doubleToLongBits(100)), valu("r2", Add64F, F64, "r", "h"),
                        goTo("exit")),
                bloc("exit",
                        valu("res", Phi, F64, "r", "r2"),
                        valu("mr", MakeResult, RES, "res", "mem"),
                        ret("mr")));
        Symbol sym = compile(f, shape);
        float[] xs = {1.5f, -7.25f, 3e9f};
        long[] ns = {3, -1000, 12345678901L};
        for (int k = 0; k < xs.length; k++) {
            float x = xs[k];
            long n = ns[k];
            Native.Outcome o = Native.run(dir, List.of(sym),
                    List.of(Native.Arg.reg(Reg.X0, Float.floatToRawIntBits(x) & 0xffffffffL), Native.Arg.reg(Reg.AX, n)), 0, true, false);
            // int32(x) of an out-of-range float is the x86 "integer indefinite" value, as in gc's code.
            int i = Math.abs(x) < 2.1e9f ? (int) x : Integer.MIN_VALUE;
            double want = (double) (-((x + (float) n) * 0.5f)) + (double) i + (x == 1.5f ? 100 : 0);
            assertEquals(want, Double.longBitsToDouble(o.result()), "f(" + x + ", " + n + ")");
        }
    }

    /** Twenty phis rotating every iteration: more phis than registers, with a cycle through all of them. */
    @Test
    void manyRotatingPhis() throws Exception {
        int n = 20;
        Assignment one = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, one, false, false);
        List<Valu> entry = new ArrayList<>(List.of(valu("mem", InitMem, MEM), intArg("k", shape, 0)));
        for (int i = 0; i < n; i++) entry.add(valuI("c" + i, Const64, I64, i + 1));
        List<Valu> head = new ArrayList<>();
        for (int i = 0; i < n; i++) head.add(valu("x" + i, Phi, I64, "c" + i, "x" + ((i + 1) % n)));
        head.add(valu("i", Phi, I64, "c0", "i2"));
        head.add(valu("cond", Leq64, Universe.BOOL, "i", "k"));
        List<Valu> done = new ArrayList<>();
        String acc = "x0";
        for (int i = 1; i < n; i++) {
            done.add(valuI("w" + i, Const64, I64, i + 1));
            done.add(valu("p" + i, Mul64, I64, "x" + i, "w" + i));
            done.add(valu("s" + i, Add64, I64, acc, "p" + i));
            acc = "s" + i;
        }
        done.add(valu("mr", MakeResult, RES, acc, "mem"));
        FuncBuilder.Built f = func("f",
                bloc("entry", parts(entry, goTo("head"))),
                bloc("head", parts(head, branch("cond", "body", "done"))),
                bloc("body", valuI("one", Const64, I64, 1), valu("i2", Add64, I64, "i", "one"), goTo("head")),
                bloc("done", parts(done, ret("mr"))));
        long k = 7;
        // i runs 1..k, so the values rotate k times: x_j ends as c_{(j+k) mod n} = (j+k) mod n + 1.
        long want = 0;
        for (int j = 0; j < n; j++) want += (long) (j + 1) * ((j + k) % n + 1);
        Native.Outcome o = Native.run(dir, List.of(compile(f, shape)), List.of(Native.Arg.reg(Reg.AX, k)), 0, false, false);
        assertEquals(want, o.result());
    }

    /** f(p *int64) int64 = *p after a nil check: a nil p must fault (SIGSEGV), not read. */
    @Test
    void nilChecksFault() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, one, false, false);
        Type ptr = new Type.Pointer(I64);
        FuncBuilder.Built f = func("f", bloc("entry",
                valu("mem", InitMem, MEM),
                valuA("p", Amd64Op.ArgIntReg, ptr, 0, slot(shape, 0)),
                valu("nc", NilCheck, dev.jgo.ssa.SsaTypes.VOID, "p", "mem"),
                valuI("k", Const64, I64, 5),
                valu("sum", Add64, I64, "p", "k"),
                valu("mr", MakeResult, RES, "sum", "mem"),
                ret("mr")));
        Symbol sym = compile(f, shape);
        assertEquals(0, Native.status(dir, List.of(sym), List.of(Native.Arg.reg(Reg.AX, 4096 * 1024))));
        assertEquals(128 + 11, Native.status(dir, List.of(sym), List.of(Native.Arg.reg(Reg.AX, 0))), "SIGSEGV");
    }

    /**
     * f(i, n) = i if 0 <= i < n, else the bounds failure: runtime.panicIndex (a stub that exits
     * with i*16 + n) must receive the index in AX and the length in CX, as gc passes them.
     */
    @Test
    void boundsFailuresCallTheRuntimeWithGcsRegisters() throws Exception {
        Assignment two = assign(ints(2), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, two, false, false);
        FuncBuilder.Built f = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM), intArg("n", shape, 1), intArg("i", shape, 0),
                        valu("ok", IsInBounds, Universe.BOOL, "i", "n"),
                        branch("ok", "in", "out")),
                bloc("in", valu("mr", MakeResult, RES, "i", "mem"), ret("mr")),
                bloc("out", valuI("pb", PanicBounds, MEM, 0, "i", "n", "mem"), exit("pb")));
        List<dev.jgo.amd64.Prog> stub = List.of(
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVQ, Reg.AX, Reg.DI),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.SHLQ, new dev.jgo.amd64.Imm(4), Reg.DI),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.ADDQ, Reg.CX, Reg.DI),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVL, new dev.jgo.amd64.Imm(60), Reg.AX),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.SYSCALL));
        List<Symbol> syms = List.of(compile(f, shape), Native.handWritten("runtime.panicIndex", Abi.INTERNAL, stub));
        assertEquals(0, Native.status(dir, syms, List.of(Native.Arg.reg(Reg.AX, 2), Native.Arg.reg(Reg.BX, 3))));
        assertEquals(7 * 16 + 3, Native.status(dir, syms, List.of(Native.Arg.reg(Reg.AX, 7), Native.Arg.reg(Reg.BX, 3))));
    }

    /**
     * A direct call to ABI0 code that trashes X15 and R14: afterwards the caller must have zero in
     * X15 again (it zeroes a local with it) and g in R14 again (reloaded from TLS).
     */
    @Test
    void afterAnAbi0CallX15AndGAreRestored() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, one, false, false);
        var abi0 = dev.jgo.abi.Assigner.abi0().assign(dev.jgo.abi.Signature.function(List.of(), List.of()));
        CallRegs regs = AbiShapes.call(SymRef.func("test.trash", Abi.ABI0), abi0);
        Type arr = new Type.Array(I64, 2), ptr = new Type.Pointer(I64), uptr = Universe.UINTPTR;
        FuncBuilder.Built f = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM), intArg("n", shape, 0),
                        valu("sp", SP, uptr), valu("sb", SB, uptr),
                        new Valu("call", StaticCall, RES, abi0.argSize(), new CallAux(null, null, regs), List.of("mem")),
                        valuI("m2", SelectN, MEM, 0, "call"),
                        valuA("buf", LocalAddr, new Type.Pointer(arr), 0, "buf", "sp", "m2"),
                        valuA("z", Zero, MEM, 16, arr, "buf", "m2"),
                        valuI("e1", OffPtr, ptr, 8, "buf"),
                        valuA("st", Store, MEM, 0, I64, "e1", "n", "z"),
                        valu("second", Load, I64, "e1", "st"),
                        valu("first", Load, I64, "buf", "st"),
                        valu("sum", Add64, I64, "first", "second"),
                        valu("g", GetG, uptr, "st"),
                        valuA("fakeg", Addr, uptr, 0, "test.g", "sb"),
                        valu("isg", EqPtr, Universe.BOOL, "g", "fakeg"),
                        branch("isg", "yes", "exit")),
                bloc("yes",
                        valuI("h", Const64, I64, 100), valu("sum2", Add64, I64, "sum", "h"),
                        goTo("exit")),
                bloc("exit",
                        valu("res", Phi, I64, "sum", "sum2"),
                        valu("mr", MakeResult, RES, "res", "st"),
                        ret("mr")));
        List<dev.jgo.amd64.Prog> trash = List.of(
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVQ, new dev.jgo.amd64.Imm(-1), Reg.R14),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVQ, Reg.R14, Reg.X15),
                dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.RET));
        List<Symbol> syms = List.of(compile(f, shape), Native.handWritten("test.trash", Abi.ABI0, trash));
        Native.Outcome o = Native.run(dir, syms, List.of(Native.Arg.reg(Reg.AX, 9)), 0, false, false);
        assertEquals(9 + 0 + 100, o.result());
    }

    /** runtime.duffzero and runtime.duffcopy laid out as gc's (and jgo's runtime's) are. */
    static List<Symbol> duffDevices() {
        List<dev.jgo.amd64.Prog> zero = new ArrayList<>(), copy = new ArrayList<>();
        for (int b = 0; b < 16; b++) {
            for (int k = 0; k < 4; k++) zero.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVUPS, Reg.X15, dev.jgo.amd64.Mem.at(Reg.DI, 16 * k)));
            zero.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.LEAQ, dev.jgo.amd64.Mem.at(Reg.DI, 64), Reg.DI));
        }
        zero.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.RET));
        for (int b = 0; b < 64; b++) {
            copy.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVUPS, dev.jgo.amd64.Mem.at(Reg.SI, 0), Reg.X0));
            copy.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.ADDQ, new dev.jgo.amd64.Imm(16), Reg.SI));
            copy.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.MOVUPS, Reg.X0, dev.jgo.amd64.Mem.at(Reg.DI, 0)));
            copy.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.ADDQ, new dev.jgo.amd64.Imm(16), Reg.DI));
        }
        copy.add(dev.jgo.amd64.Prog.of(dev.jgo.amd64.Op.RET));
        return List.of(Native.handWritten("runtime.duffzero", Abi.INTERNAL, zero), Native.handWritten("runtime.duffcopy", Abi.INTERNAL, copy));
    }

    /**
     * A 216-byte local filled by Move from a global (Duff copy of 208 bytes plus an unrolled
     * tail), then its first 208 bytes zeroed (Duff zero entered mid-block): the sum of its words
     * is the last word, plus word 13 read between the two.
     */
    @Test
    void largeMovesAndZeroingThroughDuffsDevice() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, one, false, false);
        Type arr = new Type.Array(I64, 27), ptr = new Type.Pointer(I64), uptr = Universe.UINTPTR;
        List<Valu> vals = new ArrayList<>(List.of(
                valu("mem", InitMem, MEM), intArg("n", shape, 0),
                valu("sp", SP, uptr), valu("sb", SB, uptr),
                valuA("buf", LocalAddr, new Type.Pointer(arr), 0, "buf", "sp", "mem"),
                valuA("src", Addr, new Type.Pointer(arr), 0, "test.src", "sb"),
                valuA("mv", Move, MEM, 216, arr, "buf", "src", "mem"),
                valuI("p13", OffPtr, ptr, 13 * 8, "buf"),
                valu("w13", Load, I64, "p13", "mv"),
                valuA("z", Zero, MEM, 208, arr, "buf", "mv")));
        String acc = "w13";
        for (int k = 0; k < 27; k++) {
            vals.add(valuI("q" + k, OffPtr, ptr, 8L * k, "buf"));
            vals.add(valu("l" + k, Load, I64, "q" + k, "z"));
            vals.add(valu("s" + k, Add64, I64, acc, "l" + k));
            acc = "s" + k;
        }
        vals.add(valu("mr", MakeResult, RES, acc, "z"));
        FuncBuilder.Built f = func("f", bloc("entry", parts(vals, ret("mr"))));
        byte[] src = new byte[216];
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(src).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < 27; k++) bb.putLong(k * 1000L + 7);
        List<Symbol> syms = new ArrayList<>(List.of(compile(f, shape), Symbol.data("test.src", SymKind.NOPTRDATA, 8, src, List.of())));
        syms.addAll(duffDevices());
        Native.Outcome o = Native.run(dir, syms, List.of(Native.Arg.reg(Reg.AX, 0)), 0, false, false);
        assertEquals((26 * 1000L + 7) + (13 * 1000L + 7), o.result());
    }

    /**
     * Over 1024 bytes, as gc: a 2396-byte Move (REP MOVSQ of 2392 plus a 4-byte unrolled tail)
     * from a global into a local, then 2304 bytes zeroed (REP STOSQ): the sum of words 0…298 is
     * that of the words the zeroing left (288…298), plus word 200 read between the two.
     */
    @Test
    void movesAndZeroingOver1024BytesThroughRep() throws Exception {
        Assignment one = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, one, false, false);
        Type arr = new Type.Array(I64, 300), ptr = new Type.Pointer(I64), uptr = Universe.UINTPTR;
        List<Valu> vals = new ArrayList<>(List.of(
                valu("mem", InitMem, MEM), intArg("n", shape, 0),
                valu("sp", SP, uptr), valu("sb", SB, uptr),
                valuA("buf", LocalAddr, new Type.Pointer(arr), 0, "buf", "sp", "mem"),
                valuA("src", Addr, new Type.Pointer(arr), 0, "test.src", "sb"),
                valuA("mv", Move, MEM, 2396, arr, "buf", "src", "mem"),
                valuI("p200", OffPtr, ptr, 200 * 8, "buf"),
                valu("w200", Load, I64, "p200", "mv"),
                valuA("z", Zero, MEM, 2304, arr, "buf", "mv")));
        String acc = "w200";
        for (int k = 0; k < 299; k++) {
            vals.add(valuI("q" + k, OffPtr, ptr, 8L * k, "buf"));
            vals.add(valu("l" + k, Load, I64, "q" + k, "z"));
            vals.add(valu("s" + k, Add64, I64, acc, "l" + k));
            acc = "s" + k;
        }
        vals.add(valu("mr", MakeResult, RES, acc, "z"));
        FuncBuilder.Built f = func("f", bloc("entry", parts(vals, ret("mr"))));
        byte[] src = new byte[2400];
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(src).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < 300; k++) bb.putLong(k * 1000L + 7);
        List<Symbol> syms = new ArrayList<>(List.of(compile(f, shape), Symbol.data("test.src", SymKind.NOPTRDATA, 8, src, List.of())));
        Native.Outcome o = Native.run(dir, syms, List.of(Native.Arg.reg(Reg.AX, 0)), 0, false, false);
        long want = 200 * 1000L + 7;
        for (int k = 288; k < 299; k++) want += k * 1000L + 7;
        assertEquals(want, o.result());
    }

    /**
     * g(x) returns x, x+1, …, x+9: nine results in registers and one on the stack, which g stores
     * through its caller's SP and f loads from its outgoing area; f returns the sum times a.
     */
    @Test
    void manyResultsInRegistersAndOnTheStack() throws Exception {
        Assignment ga = assign(ints(1), ints(10));
        long stackResult = ((Assignment.OnStack) ga.results().get(9).location()).offset();
        FuncShape gs = AbiShapes.function("main.g", ga, false, false);
        Assignment fa = assign(ints(1), ints(1));
        FuncShape fs = AbiShapes.function(Native.F, fa, false, false);
        CallRegs regs = AbiShapes.call(SymRef.func("main.g", Abi.INTERNAL), ga);
        Type ptr = new Type.Pointer(I64), uptr = Universe.UINTPTR;
        List<Valu> g = new ArrayList<>(List.of(valu("mem", InitMem, MEM), intArg("x", gs, 0)));
        List<String> results = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            g.add(valuI("k" + k, Const64, I64, k));
            g.add(valu("r" + k, Add64, I64, "x", "k" + k));
            if (k < 9) results.add("r" + k);
        }
        g.add(valu("csp", GetCallerSP, uptr));
        g.add(valuI("slot", OffPtr, ptr, stackResult, "csp"));
        g.add(valuA("st", Store, MEM, 0, I64, "slot", "r9", "mem"));
        results.add("st");
        g.add(new Valu("mr", MakeResult, RES, 0, null, results));
        List<Valu> f = new ArrayList<>(List.of(valu("mem", InitMem, MEM), intArg("a", fs, 0), valu("sp", SP, uptr),
                new Valu("call", StaticCall, RES, ga.argSize(), new CallAux(null, null, regs), List.of("a", "mem")),
                valuI("m2", SelectN, MEM, 0, "call"),
                valuI("o9", OffPtr, ptr, stackResult, "sp"),
                valu("s9", Load, I64, "o9", "m2")));
        String acc = "s9";
        for (int k = 0; k < 9; k++) {
            f.add(valuI("c" + k, Amd64Op.CallResult, I64, k, "call"));
            f.add(valu("s" + k, Add64, I64, acc, "c" + k));
            acc = "s" + k;
        }
        f.add(valu("times", Mul64, I64, acc, "a"));
        f.add(valu("mr", MakeResult, RES, "times", "m2"));
        List<Symbol> syms = List.of(compile(func("f", bloc("entry", parts(f, ret("mr")))), fs),
                compile(func("g", bloc("entry", parts(g, ret("mr")))), gs));
        long a = 6;
        Native.Outcome o = Native.run(dir, syms, List.of(Native.Arg.reg(Reg.AX, a)), 0, false, false);
        assertEquals((10 * a + 45) * a, o.result());
    }
}

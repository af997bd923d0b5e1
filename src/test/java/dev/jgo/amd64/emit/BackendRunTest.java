package dev.jgo.amd64.emit;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Assignment;
import dev.jgo.abi.Arch;
import dev.jgo.abi.Signature;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.ParamSlot;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.FuncBuilder.Valu;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-built SSA functions compiled by the back end, linked with a stub entry and run natively:
 * the results must be what Go's semantics say.
 */
class BackendRunTest {
    static final Type I64 = Universe.INT64, F64 = Universe.FLOAT64, MEM = SsaTypes.MEM, RES = Type.Tuple.EMPTY;

    @TempDir Path dir;

    /** The ABI assignment of func(params...) (results...). */
    static Assignment assign(List<AbiType> params, List<AbiType> results) {
        List<Signature.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) ps.add(new Signature.Param("p" + i, params.get(i)));
        List<Signature.Param> rs = new ArrayList<>();
        for (AbiType r : results) rs.add(Signature.Param.unnamed(r));
        return Assigner.abiInternal(Arch.AMD64).assign(Signature.function(ps, rs));
    }

    static List<AbiType> ints(int n) {
        List<AbiType> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(AbiType.Basic.INT64);
        return l;
    }

    static Valu intArg(String name, FuncShape shape, int i) {
        return valuA(name, Amd64Op.ArgIntReg, I64, Regs(shape, i), slot(shape, i));
    }

    private static long Regs(FuncShape shape, int i) {
        return dev.jgo.amd64.lower.Regs.INT_ARGS.indexOf(shape.params().get(i).reg());
    }

    static ParamSlot slot(FuncShape shape, int i) {
        return AbiShapes.paramSlot(shape, i);
    }

    static Symbol compile(FuncBuilder.Built b, FuncShape shape) {
        return Backend.compile(b.f(), shape).symbol();
    }

    static long shl(long a, long b) { return Long.compareUnsigned(b, 64) >= 0 ? 0 : a << b; }
    static long shr(long a, long b) { return Long.compareUnsigned(b, 64) >= 0 ? 0 : a >>> b; }
    static long sar(long a, long b) { return a >> Math.min(Long.compareUnsigned(b, 64) >= 0 ? 63 : b, 63); }

    /** (a+b)*(a-b) / 3 + that % 7 + a<<b + a>>>b + a>>b, or a-b when a < b (signed). */
    static long arith(long a, long b) {
        if (a < b) return a - b;
        long m = (a + b) * (a - b);
        return m / 3 + m % 7 + shl(a, b) + shr(a, b) + sar(a, b);
    }

    static FuncBuilder.Built arithFunc(FuncShape shape) {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        intArg("a", shape, 0), intArg("b", shape, 1),
                        valu("lt", Less64, Universe.BOOL, "a", "b"),
                        branch("lt", "small", "big")),
                bloc("small",
                        valu("d0", Sub64, I64, "a", "b"),
                        goTo("exit")),
                bloc("big",
                        valu("s", Add64, I64, "a", "b"), valu("d", Sub64, I64, "a", "b"),
                        valu("m", Mul64, I64, "s", "d"),
                        valuI("c3", Const64, I64, 3), valuI("c7", Const64, I64, 7),
                        valu("q", Div64, I64, "m", "c3"), valu("r", Mod64, I64, "m", "c7"),
                        valu("shl", Lsh64x64, I64, "a", "b"), valu("shr", Rsh64Ux64, I64, "a", "b"),
                        valu("sar", Rsh64x64, I64, "a", "b"),
                        valu("t1", Add64, I64, "q", "r"), valu("t2", Add64, I64, "t1", "shl"),
                        valu("t3", Add64, I64, "t2", "shr"), valu("t4", Add64, I64, "t3", "sar"),
                        goTo("exit")),
                bloc("exit",
                        valu("res", Phi, I64, "d0", "t4"),
                        valu("mr", MakeResult, RES, "res", "mem"),
                        ret("mr")));
    }

    @Test
    void arithmeticShiftsAndDivisionFollowGoSemantics() throws Exception {
        Assignment a = assign(ints(2), ints(1));
        long[][] cases = {{1000, 3}, {-12345, -70}, {5, 70}, {Long.MAX_VALUE / 4, 63}, {3, 9}};
        for (long[] c : cases) {
            FuncShape shape = AbiShapes.function(Native.F, a, false, false);
            Symbol f = compile(arithFunc(shape), shape);
            Native.Outcome o = Native.run(dir, List.of(f),
                    List.of(Native.Arg.reg(Reg.AX, c[0]), Native.Arg.reg(Reg.BX, c[1])), 0, false, false);
            assertEquals(arith(c[0], c[1]), o.result(), "f(" + c[0] + ", " + c[1] + ")");
        }
    }

    @Test
    void loopsWithPhisIncludingASwap() throws Exception {
        // fib(n): a, b := 0, 1; for i := 0; i < n; i++ { a, b = b, a+b }; return a*1000 + i
        Assignment a = assign(ints(1), ints(1));
        FuncShape shape = AbiShapes.function(Native.F, a, false, false);
        FuncBuilder.Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM), intArg("n", shape, 0),
                        valuI("zero", Const64, I64, 0), valuI("one", Const64, I64, 1), valuI("k", Const64, I64, 1000),
                        goTo("head")),
                bloc("head",
                        valu("i", Phi, I64, "zero", "i2"), valu("x", Phi, I64, "zero", "y"),
                        valu("y", Phi, I64, "one", "xy"),
                        valu("cond", Less64, Universe.BOOL, "i", "n"),
                        branch("cond", "body", "done")),
                bloc("body",
                        valu("xy", Add64, I64, "x", "y"), valu("i2", Add64, I64, "i", "one"),
                        goTo("head")),
                bloc("done",
                        valu("xk", Mul64, I64, "x", "k"), valu("res", Add64, I64, "xk", "i"),
                        valu("mr", MakeResult, RES, "res", "mem"),
                        ret("mr")));
        Symbol f = compile(b, shape);
        Native.Outcome o = Native.run(dir, List.of(f), List.of(Native.Arg.reg(Reg.AX, 20)), 0, false, false);
        assertEquals(6765L * 1000 + 20, o.result());
    }

    /** g(p0..p10 int64, x float64) int64 = sum (i+1)*pi + int64(x*2): nine register and two stack ints, one float. */
    static FuncBuilder.Built callee(FuncShape shape, Assignment a) {
        List<Valu> vals = new ArrayList<>();
        vals.add(valu("mem", InitMem, MEM));
        for (int i = 0; i < 9; i++) vals.add(intArg("p" + i, shape, i));
        for (int i = 9; i < 11; i++) {
            long off = ((Assignment.OnStack) a.params().get(i).location()).offset();
            vals.add(valuA("p" + i, Arg, I64, 0, new ParamSlot("p" + i, off, 8)));
        }
        vals.add(valuA("x", Amd64Op.ArgFloatReg, F64, 0, slot(shape, 9)));
        vals.add(valuI("sum0", Const64, I64, 0));
        for (int i = 0; i < 11; i++) {
            vals.add(valuI("k" + i, Const64, I64, i + 1));
            vals.add(valu("t" + i, Mul64, I64, "p" + i, "k" + i));
            vals.add(valu("sum" + (i + 1), Add64, I64, "sum" + i, "t" + i));
        }
        vals.add(valu("x2", Add64F, F64, "x", "x"));
        vals.add(valu("xi", Cvt64Fto64, I64, "x2"));
        vals.add(valu("res", Add64, I64, "sum11", "xi"));
        vals.add(valu("mr", MakeResult, RES, "res", "mem"));
        Object[] parts = new Object[vals.size() + 1];
        for (int i = 0; i < vals.size(); i++) parts[i] = vals.get(i);
        parts[vals.size()] = ret("mr");
        return func("g", bloc("entry", parts));
    }

    static List<AbiType> calleeParams() {
        List<AbiType> ps = ints(11);
        ps.add(AbiType.Basic.FLOAT64);
        return ps;
    }

    /** f(a, b int64) int64 = g(a, b, a+1, ..., a+8, b*2, b*3, 2.5) - a. */
    static FuncBuilder.Built caller(FuncShape shape, Assignment ga) {
        CallRegs regs = AbiShapes.call(SymRef.func("main.g", Abi.INTERNAL), ga);
        List<Valu> vals = new ArrayList<>();
        vals.add(valu("mem", InitMem, MEM));
        vals.add(intArg("a", shape, 0));
        vals.add(intArg("b", shape, 1));
        vals.add(valu("sp", SP, Universe.UINTPTR));
        List<String> args = new ArrayList<>(List.of("a", "b"));
        for (int i = 1; i <= 7; i++) {
            vals.add(valuI("c" + i, Const64, I64, i));
            vals.add(valu("a" + i, Add64, I64, "a", "c" + i));
            args.add("a" + i);
        }
        vals.add(valuI("two", Const64, I64, 2));
        vals.add(valuI("three", Const64, I64, 3));
        vals.add(valu("b2", Mul64, I64, "b", "two"));
        vals.add(valu("b3", Mul64, I64, "b", "three"));
        long off9 = ((Assignment.OnStack) ga.params().get(9).location()).offset();
        long off10 = ((Assignment.OnStack) ga.params().get(10).location()).offset();
        vals.add(valuI("o9", OffPtr, new Type.Pointer(I64), off9, "sp"));
        vals.add(valuI("o10", OffPtr, new Type.Pointer(I64), off10, "sp"));
        vals.add(valuA("st9", Store, MEM, 0, I64, "o9", "b2", "mem"));
        vals.add(valuA("st10", Store, MEM, 0, I64, "o10", "b3", "st9"));
        vals.add(valuI("x", Const64F, F64, Double.doubleToLongBits(2.5)));
        args.add("x");
        args.add("st10");
        vals.add(new Valu("call", StaticCall, RES, ga.argSize(), new CallAux(null, null, regs), args));
        vals.add(valuI("r", Amd64Op.CallResult, I64, 0, "call"));
        vals.add(valuI("m2", SelectN, MEM, 0, "call"));
        vals.add(valu("res", Sub64, I64, "r", "a"));
        vals.add(valu("mr", MakeResult, RES, "res", "m2"));
        Object[] parts = new Object[vals.size() + 1];
        for (int i = 0; i < vals.size(); i++) parts[i] = vals.get(i);
        parts[vals.size()] = ret("mr");
        return func("f", bloc("entry", parts));
    }

    static long expectedCall(long a, long b) {
        long[] p = {a, b, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7, b * 2, b * 3};
        long sum = 0;
        for (int i = 0; i < 11; i++) sum += (i + 1) * p[i];
        return sum + 5 - a;
    }

    static List<Symbol> callProgram() {
        Assignment ga = assign(calleeParams(), ints(1));
        FuncShape gs = AbiShapes.function("main.g", ga, false, false);
        Assignment fa = assign(ints(2), ints(1));
        FuncShape fs = AbiShapes.function(Native.F, fa, false, false);
        return List.of(compile(caller(fs, ga), fs), compile(callee(gs, ga), gs));
    }

    @Test
    void callsWithRegisterStackAndFloatArguments() throws Exception {
        Native.Outcome o = Native.run(dir, callProgram(),
                List.of(Native.Arg.reg(Reg.AX, 10), Native.Arg.reg(Reg.BX, -4)), 0, false, false);
        assertEquals(expectedCall(10, -4), o.result());
        assertEquals(0, o.morestackCalls());
    }

    @Test
    void morestackSpillsReloadsAndRestarts() throws Exception {
        Native.Outcome o = Native.run(dir, callProgram(),
                List.of(Native.Arg.reg(Reg.AX, 77), Native.Arg.reg(Reg.BX, 1234)), 0, false, true);
        assertEquals(1, o.morestackCalls(), "the prologue must call morestack once, then pass its check");
        assertEquals(77, o.seen0(), "a spilled to its spill slot before morestack");
        assertEquals(1234, o.seen1(), "b spilled to its spill slot before morestack");
        assertEquals(expectedCall(77, 1234), o.result(), "arguments reloaded after morestack");
    }

    @Test
    void floatArithmeticAndComparisons() throws Exception {
        // f(x, y float64) float64 = x < y ? -(x*y) + sqrt(y) : x/y - 1.5
        List<AbiType> fl = List.of(AbiType.Basic.FLOAT64, AbiType.Basic.FLOAT64);
        Assignment a = assign(fl, List.of(AbiType.Basic.FLOAT64));
        FuncShape shape = new FuncShape(Native.F, AbiShapes.function(Native.F, a, false, false).params(),
                List.of(Reg.X0), a.argSize(), false, false);
        FuncBuilder.Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Amd64Op.ArgFloatReg, F64, 0, slot(shape, 0)),
                        valuA("y", Amd64Op.ArgFloatReg, F64, 1, slot(shape, 1)),
                        valu("lt", Less64F, Universe.BOOL, "x", "y"),
                        branch("lt", "yes", "no")),
                bloc("yes",
                        valu("xy", Mul64F, F64, "x", "y"), valu("n", Neg64F, F64, "xy"),
                        valu("sq", Sqrt, F64, "y"), valu("r1", Add64F, F64, "n", "sq"),
                        goTo("exit")),
                bloc("no",
                        valu("q", Div64F, F64, "x", "y"), valuI("c", Const64F, F64, Double.doubleToLongBits(1.5)),
                        valu("r2", Sub64F, F64, "q", "c"),
                        goTo("exit")),
                bloc("exit",
                        valu("r", Phi, F64, "r1", "r2"),
                        valu("mr", MakeResult, RES, "r", "mem"),
                        ret("mr")));
        Symbol f = compile(b, shape);
        double[][] cases = {{2, 9}, {9, 2}, {-0.5, 4}};
        for (double[] c : cases) {
            // one program per input: rebuild is cheap, the link is what costs
            Native.Outcome o = Native.run(dir, List.of(f),
                    List.of(Native.Arg.reg(Reg.X0, Double.doubleToLongBits(c[0])), Native.Arg.reg(Reg.X1, Double.doubleToLongBits(c[1]))),
                    0, true, false);
            double want = c[0] < c[1] ? -(c[0] * c[1]) + Math.sqrt(c[1]) : c[0] / c[1] - 1.5;
            assertEquals(want, Double.longBitsToDouble(o.result()), "f(" + c[0] + ", " + c[1] + ")");
        }
    }
}

package dev.jgo.amd64.lower;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.CopyElim;
import dev.jgo.ssa.DeadCode;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import org.junit.jupiter.api.Test;

/** The lowering rules, one shape at a time: what a generic value becomes. */
class LowerTest {
    static final Type I = Universe.INT64, MEM = SsaTypes.MEM, P = new Type.Pointer(Universe.INT64);

    /** Lowers a one-block function computing "v" from x, y (int64 unless given) and returns v's new form. */
    static String lower(FuncBuilder.Valu... vals) {
        Object[] parts = new Object[vals.length + 4];
        parts[0] = valu("mem", InitMem, MEM);
        parts[1] = valuA("x", Arg, I, 0, "x");
        parts[2] = valuA("y", Arg, I, 0, "y");
        System.arraycopy(vals, 0, parts, 3, vals.length);
        parts[vals.length + 3] = ret("mem");
        FuncBuilder.Built b = func("f", bloc("entry", parts));
        Lower.run(b.f());
        CopyElim.run(b.f());
        return render(b.v("v"));
    }

    /** v with its arguments spelled out recursively, e.g. ADDQconst [5] (Arg x). */
    static String render(Value v) {
        StringBuilder sb = new StringBuilder(v.op().name());
        if (v.op().auxType() != dev.jgo.ssa.Op.AuxType.NONE && v.op() != Arg) {
            if (v.aux() != null) sb.append(" {").append(v.aux()).append('}');
            if (v.auxInt() != 0) sb.append(" [").append(v.auxInt()).append(']');
        }
        for (Value a : v.args()) {
            if (SsaTypes.isMemory(a.type())) continue;
            sb.append(' ').append(a.op() == Arg ? a.aux() : "(" + render(a) + ")");
        }
        return sb.toString();
    }

    @Test
    void constantsBecomeImmediates() {
        assertEquals("ADDQconst [5] x", lower(valuI("c", Const64, I, 5), valu("v", Add64, I, "c", "x")));
        assertEquals("ADDQconst [-3] x", lower(valuI("c", Const64, I, 3), valu("v", Sub64, I, "x", "c")));
        assertEquals("ANDLconst [255] x", lower(valuI("c", Const32, Universe.INT32, 255), valu("v", And32, Universe.INT32, "x", "c")));
        assertEquals("ADDQ x (MOVQconst [4294967296])",
                lower(valuI("c", Const64, I, 1L << 32), valu("v", Add64, I, "x", "c")));
    }

    @Test
    void shiftsKeepGoSemantics() {
        assertEquals("MOVLconst", lower(valuI("c", Const64, I, 70), valu("v", Lsh64x64, I, "x", "c")));
        assertEquals("SARQconst [63] x", lower(valuI("c", Const64, I, 70), valu("v", Rsh64x64, I, "x", "c")));
        assertEquals("SHRLconst [3] (MOVBQZX x)", lower(valuI("c", Const8, Universe.UINT8, 3), valu("v", Rsh8Ux8, Universe.UINT8, "x", "c")));
        assertEquals("SHRL (MOVBQZX x) (MOVBQZX y)", lower(valu("v", Rsh8Ux8, Universe.UINT8, "x", "y")));
        assertEquals("SARQ x y", lower(valu("v", Rsh64x64, I, "x", "y")));
        assertEquals("SHLL x (MOVLQZX y)", lower(valu("v", Lsh32x32, Universe.INT32, "x", "y")));
    }

    @Test
    void narrowDivisionExtendsItsOperands() {
        assertEquals("DIVL (MOVBQSX x) (MOVBQSX y)", lower(valu("v", Div8, Universe.INT8, "x", "y")));
        assertEquals("MODLU (MOVWQZX x) (MOVWQZX y)", lower(valu("v", Mod16u, Universe.UINT16, "x", "y")));
        assertEquals("DIVQU x y", lower(valu("v", Div64u, I, "x", "y")));
    }

    @Test
    void comparesProduceFlagsForSetcc() {
        assertEquals("SETL (CMPQ x y)", lower(valu("v", Less64, Universe.BOOL, "x", "y")));
        assertEquals("SETBE (CMPLconst [7] x)",
                lower(valuI("c", Const32, Universe.UINT32, 7), valu("v", Leq32U, Universe.BOOL, "x", "c")));
        assertEquals("SETA (UCOMISD y x)", lower(valu("v", Less64F, Universe.BOOL, "x", "y")));
        assertEquals("SETEQF (UCOMISD x y)", lower(valu("v", Eq64F, Universe.BOOL, "x", "y")));
        assertEquals("SETNE (TESTQ x x)", lower(valu("v", IsNonNil, Universe.BOOL, "x")));
    }

    @Test
    void addressArithmeticFoldsIntoLoadsAndStores() {
        assertEquals("MOVQload [24] x", lower(valuI("p1", OffPtr, P, 16, "x"), valuI("p2", OffPtr, P, 8, "p1"),
                valu("v", Load, I, "p2", "mem")));
        assertEquals("MOVSDstore [8] x y", lower(valuI("p1", OffPtr, P, 8, "x"),
                valuA("v", Store, MEM, 0, Universe.FLOAT64, "p1", "y", "mem")));
        assertEquals("MOVBload {main.g} [2] (SB)", lower(valu("sb", SB, Universe.UINTPTR),
                valuA("a", Addr, P, 0, "main.g", "sb"), valuI("p", OffPtr, P, 2, "a"), valu("v", Load, Universe.UINT8, "p", "mem")));
    }

    @Test
    void branchesFuseWithTheirCompare() {
        FuncBuilder.Built b = func("f",
                bloc("entry", valu("mem", InitMem, MEM), valuA("x", Arg, I, 0, "x"), valuA("y", Arg, I, 0, "y"),
                        valu("c", Less64U, Universe.BOOL, "x", "y"), branch("c", "a", "b")),
                bloc("a", ret("mem")), bloc("b", ret("mem")));
        Lower.run(b.f());
        DeadCode.run(b.f());
        assertEquals(Amd64Op.Branch.ULT, b.b("entry").kind());
        assertEquals("CMPQ x y", render(b.b("entry").control(0)));
    }

    @Test
    void aBooleanPhiIsTested() {
        FuncBuilder.Built b = func("f",
                bloc("entry", valu("mem", InitMem, MEM), valuA("x", Arg, Universe.BOOL, 0, "x"), goTo("join")),
                bloc("join", valu("p", Phi, Universe.BOOL, "x", "p"), branch("p", "join", "out")),
                bloc("out", ret("mem")));
        Lower.run(b.f());
        assertEquals(Amd64Op.Branch.NE, b.b("join").kind());
        Value test = b.b("join").control(0);
        assertEquals(Amd64Op.TESTB, test.op());
        assertEquals(java.util.List.of(b.v("p"), b.v("p")), test.args());
    }

    @Test
    void callsKeepTheirAbiAndResultsBecomeCallResults() {
        var regs = new CallRegs(dev.jgo.obj.SymRef.func("g", dev.jgo.obj.Abi.INTERNAL), java.util.List.of(dev.jgo.amd64.Reg.AX), java.util.List.of(dev.jgo.amd64.Reg.AX));
        FuncBuilder.Built b = func("f", bloc("entry",
                valu("mem", InitMem, MEM), valuA("x", Arg, I, 0, "x"),
                new FuncBuilder.Valu("call", StaticCall, Type.Tuple.EMPTY, 16, new dev.jgo.ssa.CallAux(null, null, regs), java.util.List.of("x", "mem")),
                valuI("m", SelectN, MEM, 0, "call"),
                ret("m")));
        Lower.run(b.f());
        assertEquals(Amd64Op.CALLstatic, b.v("call").op());
        assertEquals(16, b.v("call").auxInt());
        assertEquals(SelectN, b.v("m").op(), "the memory stays a SelectN");
    }
}

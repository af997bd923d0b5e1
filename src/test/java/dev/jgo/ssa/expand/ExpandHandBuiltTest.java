package dev.jgo.ssa.expand;

import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Check;
import dev.jgo.ssa.CopyElim;
import dev.jgo.ssa.DeadCode;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.Printer;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import org.junit.jupiter.api.Test;

/**
 * Shapes ssagen does not build yet — closure calls, interface calls, calls of ABI0 code — built
 * by hand with signatures from the type checker, expanded, checked, and compared with the
 * expected dump.
 */
class ExpandHandBuiltTest {
    static final String SRC = """
            package p

            type I interface{ M(x int, f float64) (string, int) }

            func f(fn func(a int, s string) bool, i I, n int) bool { return fn(n, "hi") }

            func h(i I, n int) int { _, r := i.M(n, 1.5); return r }

            func asm(p *int, x int) int

            func k(p *int, x int) int { return asm(p, x) }

            func big() [3]int

            func second() int { return big()[1] }
            """;

    static final Pos POS = new Pos("p.go", 1, 1);

    private final Package pkg = Expanded.check(SRC).pkg();

    private Type.Signature sig(String name) {
        return (Type.Signature) pkg.scope().lookup(name).type();
    }

    private static Obj.Var param(Type.Signature s, int i) {
        return s.params().vars().get(i);
    }

    private String expand(Func f, ExpandConfig cfg) {
        ExpandCalls.run(f, cfg);
        Check.run(f);
        CopyElim.run(f);
        DeadCode.run(f);
        Check.run(f);
        return Printer.print(f);
    }

    private static Value callIn(Func f) {
        for (Block b : f.blocks()) for (Value v : b.values()) if (v.op().isCall()) return v;
        throw new AssertionError("no call");
    }

    @Test
    void aClosureCallPassesTheContextApartAndTheArgumentsInRegisters() {
        Type.Signature fs = sig("f");
        Type.Signature fnSig = (Type.Signature) param(fs, 0).type();
        Func f = new Func("f", fs);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(POS, InitMem, SsaTypes.MEM);
        Value fn = b.newValue(POS, Arg, fnSig, 0, param(fs, 0));
        Value n = b.newValue(POS, Arg, Universe.INT, 0, param(fs, 2));
        Value code = b.newValue(POS, Load, Universe.UINTPTR, fn, mem);
        Value hi = b.newValue(POS, ConstString, Universe.STRING, 0, "hi");
        Value call = b.newValue(POS, ClosureLECall, fnSig.results(), 0, new CallAux(null, fnSig, null), code, fn, n, hi, mem);
        Value r = b.newValue(POS, SelectN, Universe.BOOL, 0, null, call);
        Value m = b.newValue(POS, SelectN, SsaTypes.MEM, 1, null, call);
        b.setControl(b.newValue(POS, MakeResult, fs.results(), r, m));

        assertEquals("""
                f func(func(int, string) bool, p.I, int) bool
                  b1:
                    (1) v1 = InitMem <mem>
                    (1) v10 = ArgIntReg <func(int, string) bool> {fn+0}
                    (1) v4 = Load <uintptr> v10 v1
                    (1) v5 = ConstString <string> {"hi"}
                    (1) v11 = ArgIntReg <int> {n+24} [3]
                    (1) v12 = StringPtr <*uint8> v5
                    (1) v15 = Const64 <int> [2]
                    (1) v6 = ClosureCall <mem> {AuxCall{nil}} [24] v4 v10 v11 v12 v15 v1
                    (1) v8 = SelectN <mem> [0] v6
                    (1) v14 = CallResult <bool> [0] v6
                    (1) v9 = MakeResult <mem> v14 v8
                    Ret v9
                """, expand(f, ExpandConfig.registers(new TypeAdapter(pkg))));
        CallRegs regs = (CallRegs) ((CallAux) callIn(f).aux()).abi();
        assertEquals("null [AX, BX, CX] [AX]", regs.target() + " " + regs.args() + " " + regs.results(),
                "the context is not an ABI argument: the back end puts it in DX");
    }

    @Test
    void anInterfaceCallPassesTheDataWordAsReceiver() {
        Type.Signature hs = sig("h");
        Type iface = param(hs, 0).type();
        Type.Signature mSig = (Type.Signature) ((Type.Interface) iface.underlying()).allMethods().getFirst().type();
        Func f = new Func("h", hs);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(POS, InitMem, SsaTypes.MEM);
        Value i = b.newValue(POS, Arg, iface, 0, param(hs, 0));
        Value n = b.newValue(POS, Arg, Universe.INT, 0, param(hs, 1));
        Value tab = b.newValue(POS, ITab, Universe.UINTPTR, i);
        Value slot = b.newValue(POS, OffPtr, new Type.Pointer(Universe.UINTPTR), 24, null, tab);
        Value code = b.newValue(POS, Load, Universe.UINTPTR, slot, mem);
        Value data = b.newValue(POS, IData, Universe.UNSAFE_POINTER, i);
        Value x = b.newValue(POS, Const64F, Universe.FLOAT64, Double.doubleToLongBits(1.5), null);
        Value call = b.newValue(POS, InterLECall, mSig.results(), 0, new CallAux(null, mSig, null), code, data, n, x, mem);
        Value r = b.newValue(POS, SelectN, Universe.INT, 1, null, call);
        Value m = b.newValue(POS, SelectN, SsaTypes.MEM, 2, null, call);
        b.setControl(b.newValue(POS, MakeResult, hs.results(), r, m));

        assertEquals("""
                h func(p.I, int) int
                  b1:
                    (1) v1 = InitMem <mem>
                    (1) v13 = ArgIntReg <*uint8> {i+0}
                    (1) v5 = OffPtr <*uintptr> [24] v13
                    (1) v6 = Load <uintptr> v5 v1
                    (1) v8 = Const64F <float64> [1.5]
                    (1) v14 = ArgIntReg <unsafe.Pointer> {i+8} [1]
                    (1) v15 = ArgIntReg <int> {n+16} [2]
                    (1) v9 = InterCall <mem> {AuxCall{nil}} [24] v6 v14 v15 v8 v1
                    (1) v11 = SelectN <mem> [0] v9
                    (1) v16 = CallResult <int> [2] v9
                    (1) v12 = MakeResult <mem> v16 v11
                    Ret v12
                """, expand(f, ExpandConfig.registers(new TypeAdapter(pkg))),
                "the itab and data words are the parameter's registers; the int result is the third result register");
        CallRegs regs = (CallRegs) ((CallAux) callIn(f).aux()).abi();
        assertEquals("[AX, BX, X0] [AX, BX, CX]", regs.args() + " " + regs.results(),
                "receiver (data word), n, 1.5; string and int results");
    }

    @Test
    void aCallOfAbi0CodeGoesThroughMemoryFromRegisterCode() {
        Type.Signature ks = sig("k");
        Type.Signature asmSig = sig("asm");
        Func f = new Func("k", ks);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(POS, InitMem, SsaTypes.MEM);
        Value sp = b.newValue(POS, SP, Universe.UINTPTR);
        Value p = b.newValue(POS, Arg, param(ks, 0).type(), 0, param(ks, 0));
        Value x = b.newValue(POS, Arg, Universe.INT, 0, param(ks, 1));
        Value call = b.newValue(POS, StaticLECall, asmSig.results(), 0,
                new CallAux(SymRef.func("p.asm", Abi.ABI0), asmSig, null), p, x, mem);
        Value r = b.newValue(POS, SelectN, Universe.INT, 0, null, call);
        Value m = b.newValue(POS, SelectN, SsaTypes.MEM, 1, null, call);
        b.setControl(b.newValue(POS, MakeResult, ks.results(), r, m));

        assertEquals("""
                k func(*int, int) int
                  b1:
                    (1) v1 = InitMem <mem>
                    (1) v2 = SP <uintptr>
                    (1) v13 = OffPtr <*int> [8] v2
                    (1) v10 = ArgIntReg <int> {x+8} [1]
                    (1) v11 = OffPtr <**int> [0] v2
                    (1) v9 = ArgIntReg <*int> {p+0}
                    (1) v12 = Store <mem> {*int} v11 v9 v1
                    (1) v14 = Store <mem> {int} v13 v10 v12
                    (1) v5 = StaticCall <mem> {AuxCall{p.asm<ABI0>}} [24] v14
                    (1) v7 = SelectN <mem> [0] v5
                    (1) v15 = OffPtr <*int> [16] v2
                    (1) v16 = Load <int> v15 v7
                    (1) v8 = MakeResult <mem> v16 v7
                    Ret v8
                """, expand(f, ExpandConfig.registers(new TypeAdapter(pkg))),
                "k's own parameters arrive in AX and BX; asm (ABI0) takes them at 0(SP) and 8(SP), its result at 16(SP)");
    }

    @Test
    void theAddressOfAStackResultIsItsSlotInTheOutgoingArea() {
        Type.Signature ss = sig("second");
        Type.Signature bigSig = sig("big");
        Type arr = bigSig.results().vars().getFirst().type();
        Func f = new Func("second", ss);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(POS, InitMem, SsaTypes.MEM);
        Value call = b.newValue(POS, StaticLECall, bigSig.results(), 0, new CallAux(SymRef.func("p.big", Abi.INTERNAL), bigSig, null), mem);
        Value addr = b.newValue(POS, SelectNAddr, new Type.Pointer(arr), 0, null, call);
        Value m = b.newValue(POS, SelectN, SsaTypes.MEM, 1, null, call);
        Value p1 = b.newValue(POS, OffPtr, new Type.Pointer(Universe.INT), 8, null, addr);
        Value r = b.newValue(POS, Load, Universe.INT, p1, m);
        b.setControl(b.newValue(POS, MakeResult, ss.results(), r, m));

        assertEquals("""
                second func() int
                  b1:
                    (1) v1 = InitMem <mem>
                    (1) v2 = StaticCall <mem> {AuxCall{p.big<ABIInternal>}} [24] v1
                    (?) v8 = SP <uintptr>
                    (1) v3 = OffPtr <*[3]int> [0] v8
                    (1) v4 = SelectN <mem> [0] v2
                    (1) v5 = OffPtr <*int> [8] v3
                    (1) v6 = Load <int> v5 v4
                    (1) v7 = MakeResult <mem> v6 v4
                    Ret v7
                """, expand(f, ExpandConfig.registers(new TypeAdapter(pkg))), "[3]int travels on the stack: its address is 0(SP)");
    }
}

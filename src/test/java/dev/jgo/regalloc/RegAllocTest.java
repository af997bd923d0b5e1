package dev.jgo.regalloc;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Assignment;
import dev.jgo.abi.Signature;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.emit.Backend;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.FuncBuilder.Valu;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allocations of functions that stress the constraints, replayed by {@link AllocationChecker}. */
class RegAllocTest {
    static final Type I = Universe.INT64, MEM = SsaTypes.MEM, RES = Type.Tuple.EMPTY;

    static Assignment ints(int params) {
        List<Signature.Param> ps = new ArrayList<>();
        for (int i = 0; i < params; i++) ps.add(new Signature.Param("p" + i, AbiType.Basic.INT64));
        return Assigner.abiInternal(Arch.AMD64).assign(Signature.function(ps, List.of(Signature.Param.unnamed(AbiType.Basic.INT64))));
    }

    static Valu arg(String name, FuncShape s, int i) {
        return valuA(name, Amd64Op.ArgIntReg, I, i, AbiShapes.paramSlot(s, i));
    }

    static Allocation checked(FuncBuilder.Built b, FuncShape s) {
        Allocation a = Backend.allocate(b.f(), s);
        AllocationChecker.check(b.f(), s, a);
        return a;
    }

    static Object[] parts(List<Valu> vals, FuncBuilder.End end) {
        List<Object> l = new ArrayList<>(vals);
        l.add(end);
        return l.toArray();
    }

    @Test
    void swappedCallArgumentsAndValuesLiveAcrossTheCall() {
        FuncShape s = AbiShapes.function("f", ints(2), false, false);
        CallRegs regs = AbiShapes.call(SymRef.func("g", Abi.INTERNAL), ints(2));
        FuncBuilder.Built b = func("f", bloc("entry",
                valu("mem", InitMem, MEM), arg("a", s, 0), arg("b", s, 1),
                new Valu("call", StaticCall, RES, 16, new CallAux(null, null, regs), List.of("b", "a", "mem")),
                valuI("r", Amd64Op.CallResult, I, 0, "call"), valuI("m", SelectN, MEM, 0, "call"),
                valu("x", Add64, I, "r", "a"), valu("y", Add64, I, "x", "b"),
                valu("mr", MakeResult, RES, "y", "m"), ret("mr")));
        Allocation a = checked(b, s);
        List<Step> steps = a.steps().get(b.f().entry());
        // a and b survive the call only in their spill slots in the caller's frame.
        assertTrue(steps.stream().anyMatch(st -> st instanceof Step.Store x && x.to() instanceof Slot.Param), steps.toString());
        assertEquals(0, a.spillSlots() + a.scratchSlots(), "register arguments spill to their own slots, no new ones");
    }

    @Test
    void divisionAndShiftsWithTheirFixedRegistersBusy() {
        FuncShape s = AbiShapes.function("f", ints(3), false, false);
        FuncBuilder.Built b = func("f", bloc("entry",
                valu("mem", InitMem, MEM), arg("a", s, 0), arg("b", s, 1), arg("c", s, 2),
                valu("q", Div64, I, "a", "b"), valu("r", Mod64, I, "a", "b"),
                valu("l", Lsh64x64, I, "a", "c"), valu("t", Rsh64x64, I, "b", "c"),
                valu("s1", Add64, I, "q", "r"), valu("s2", Add64, I, "s1", "l"), valu("s3", Add64, I, "s2", "t"),
                valu("s4", Add64, I, "s3", "a"), valu("s5", Add64, I, "s4", "b"), valu("s6", Add64, I, "s5", "c"),
                valu("mr", MakeResult, RES, "s6", "mem"), ret("mr")));
        checked(b, s);
    }

    @Test
    void moreLiveValuesThanRegistersInALoopWithRotatingPhis() {
        FuncShape s = AbiShapes.function("f", ints(1), false, false);
        List<Valu> entry = new ArrayList<>(List.of(valu("mem", InitMem, MEM), arg("n", s, 0)));
        for (int i = 0; i < 5; i++) entry.add(valuI("c" + i, Const64, I, i));
        List<Valu> head = new ArrayList<>();
        // x0..x4 rotate every iteration: x_i' = x_{i+1}: a cycle of phi moves.
        for (int i = 0; i < 5; i++) head.add(valu("x" + i, Phi, I, "c" + i, "x" + ((i + 1) % 5)));
        head.add(valu("i", Phi, I, "c0", "i2"));
        head.add(valu("cond", Less64, Universe.BOOL, "i", "n"));
        List<Valu> body = new ArrayList<>();
        body.add(valuI("one", Const64, I, 1));
        body.add(valu("i2", Add64, I, "i", "one"));
        List<Valu> done = new ArrayList<>();
        String acc = "x0";
        for (int k = 0; k < 16; k++) {
            done.add(valu("m" + k, Mul64, I, "x" + (k % 5), "n"));
        }
        for (int k = 0; k < 16; k++) {
            done.add(valu("a" + k, Add64, I, acc, "m" + k));
            acc = "a" + k;
        }
        done.add(valu("mr", MakeResult, RES, acc, "mem"));
        FuncBuilder.Built b = func("f",
                bloc("entry", parts(entry, goTo("head"))),
                bloc("head", parts(head, branch("cond", "body", "done"))),
                bloc("body", parts(body, goTo("head"))),
                bloc("done", parts(done, ret("mr"))));
        Allocation a = checked(b, s);
        Block body0 = b.b("body");
        // Six phis fit in registers: the back edge only moves registers (the rotation through R13).
        assertTrue(a.steps().get(body0).stream().noneMatch(st -> st instanceof Step.Load || st instanceof Step.Store),
                a.steps().get(body0).toString());
        assertTrue(a.steps().get(body0).stream().anyMatch(st -> st instanceof Step.Move m && m.to() == Reg.R13),
                "a rotation is a cycle, broken through R13");
    }

    /** for i < n { x0..x{k-1} rotate }; returns the sum of n*x_j; phis of type t (floats made from n). */
    static FuncBuilder.Built rotation(FuncShape s, int k, boolean floats) {
        Type t = floats ? Universe.FLOAT64 : I;
        List<Valu> entry = new ArrayList<>(List.of(valu("mem", InitMem, MEM), arg("n", s, 0), valuI("zero", Const64, I, 0)));
        entry.add(floats ? valu("nf", Cvt64to64F, t, "n") : valu("nf", Copy, t, "n"));
        for (int i = 0; i < k; i++) entry.add(valu("c" + i, floats ? Add64F : Add64, t, "nf", "nf"));
        List<Valu> head = new ArrayList<>();
        for (int i = 0; i < k; i++) head.add(valu("x" + i, Phi, t, "c" + i, "x" + ((i + 1) % k)));
        head.add(valu("i", Phi, I, "zero", "i2"));
        head.add(valu("cond", Less64, Universe.BOOL, "i", "n"));
        List<Valu> body = List.of(valuI("one", Const64, I, 1), valu("i2", Add64, I, "i", "one"));
        List<Valu> done = new ArrayList<>();
        String acc = "x0";
        for (int j = 1; j < k; j++) {
            done.add(valu("a" + j, floats ? Add64F : Add64, t, acc, "x" + j));
            acc = "a" + j;
        }
        done.add(floats ? valu("r", Cvt64Fto64, I, acc) : valu("r", Copy, I, acc));
        done.add(valu("mr", MakeResult, RES, "r", "mem"));
        return func("f",
                bloc("entry", parts(entry, goTo("head"))),
                bloc("head", parts(head, branch("cond", "body", "done"))),
                bloc("body", parts(body, goTo("head"))),
                bloc("done", parts(done, ret("mr"))));
    }

    @Test
    void twentyRotatingPhisLiveInHomesAndRegistersAtOnce() {
        FuncShape s = AbiShapes.function("f", ints(1), false, false);
        FuncBuilder.Built b = rotation(s, 20, false);
        Allocation a = checked(b, s);
        Block head = b.b("head");
        long inRegisters = a.entries().get(head).values().stream().filter(v -> v.op() == Phi).count();
        long inMemory = head.values().stream().filter(v -> v.op() == Phi && !a.entries().get(head).containsValue(v)).count();
        assertTrue(inRegisters >= 8 && inMemory >= 1, inRegisters + " phis in registers, " + inMemory + " in homes");
    }

    @Test
    void floatPhisSwapThroughTheScratchSlot() {
        FuncShape s = AbiShapes.function("f", ints(1), false, false);
        FuncBuilder.Built b = rotation(s, 2, true);
        Allocation a = checked(b, s);
        List<Step> body = a.steps().get(b.b("body"));
        assertTrue(body.stream().anyMatch(st -> st instanceof Step.Store x && x.to() instanceof Slot.Scratch), body.toString());
        assertTrue(body.stream().noneMatch(st -> st instanceof Step.Move m && (m.from() == Reg.R13 || m.to() == Reg.R13)), body.toString());
    }

    @Test
    void aValueLiveAcrossACallInALoopIsSpilledOnceBeforeTheLoop() {
        FuncShape s = AbiShapes.function("f", ints(2), false, false);
        CallRegs regs = AbiShapes.call(SymRef.func("g", Abi.INTERNAL), ints(1));
        FuncBuilder.Built b = func("f",
                bloc("entry", valu("mem", InitMem, MEM), arg("n", s, 0), arg("k", s, 1), valuI("zero", Const64, I, 0),
                        valu("x", Mul64, I, "k", "k"), goTo("head")),
                bloc("head", valu("i", Phi, I, "zero", "i2"), valu("m", Phi, MEM, "mem", "m2"), valu("acc", Phi, I, "zero", "acc2"),
                        valu("cond", Less64, Universe.BOOL, "i", "n"), branch("cond", "body", "done")),
                bloc("body", new Valu("call", StaticCall, RES, 8, new CallAux(null, null, regs), List.of("i", "m")),
                        valuI("r", Amd64Op.CallResult, I, 0, "call"), valuI("m2", SelectN, MEM, 0, "call"),
                        valu("t", Add64, I, "r", "x"), valu("acc2", Add64, I, "acc", "t"),
                        valuI("one", Const64, I, 1), valu("i2", Add64, I, "i", "one"), goTo("head")),
                bloc("done", valu("mr", MakeResult, RES, "acc", "m"), ret("mr")));
        Allocation a = checked(b, s);
        Value x = b.v("x");
        assertTrue(a.steps().get(b.f().entry()).stream().anyMatch(st -> st instanceof Step.Store st2 && st2.v() == x),
                "x is stored where it is computed");
        for (String blk : List.of("head", "body")) {
            assertTrue(a.steps().get(b.b(blk)).stream().noneMatch(st -> st instanceof Step.Store st2 && st2.v() == x),
                    "x is not stored again in " + blk);
        }
        // n and k are register parameters: their homes are their spill slots, no frame slot.
        assertEquals(Slot.Param.class, a.homes().get(b.v("n")).getClass());
    }

    @Test
    void theSameFunctionAllocatesTheSameWay() {
        FuncShape s = AbiShapes.function("f", ints(1), false, false);
        Allocation one = Backend.allocate(rotation(s, 20, false).f(), s), two = Backend.allocate(rotation(s, 20, false).f(), s);
        assertEquals(one.steps().values().toString(), two.steps().values().toString());
    }
}

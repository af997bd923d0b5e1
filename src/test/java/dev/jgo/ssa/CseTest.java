package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class CseTest {
    private static final Type PTR = new Type.Pointer(INT);

    private static void cse(Built b) {
        Check.run(b.f());
        Cse.run(b.f());
        DeadCode.run(b.f());
        Check.run(b.f());
    }

    @Test
    void equalComputationsMergeWhateverTheOrderOfCommutativeArgs() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuA("y", Arg, INT, 0, "y"),
                        valu("a", Add64, INT, "x", "y"),
                        valu("b", Add64, INT, "y", "x"),
                        valu("c", Sub64, INT, "x", "y"),
                        valu("d", Sub64, INT, "y", "x"),
                        valu("ma", Mul64, INT, "a", "c"),
                        valu("mb", Mul64, INT, "b", "d"),
                        valu("sp", SP, PTR),
                        valuA("st1", Store, MEM, 0, INT, "sp", "ma", "mem"),
                        valuA("st2", Store, MEM, 0, INT, "sp", "mb", "st1"),
                        ret("st2")));
        cse(b);
        assertNull(b.v("b").block(), "y+x is x+y");
        assertNotNull(b.v("d").block(), "y-x is not x-y");
        assertEquals("v11 = Store <mem> {int} v10 v8 v1", b.v("st1").longString());
        assertEquals("v12 = Store <mem> {int} v10 v9 v11", b.v("st2").longString(), "two stores never merge");
    }

    @Test
    void aValueInASiblingBlockIsNotAReplacement() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valu("sp", SP, PTR),
                        branch("c", "left", "right")),
                bloc("left",
                        valu("l", Neg64, INT, "x"),
                        valuA("sl", Store, MEM, 0, INT, "sp", "l", "mem"),
                        goTo("join")),
                bloc("right",
                        valu("r", Neg64, INT, "x"),
                        valuA("sr", Store, MEM, 0, INT, "sp", "r", "mem"),
                        goTo("join")),
                bloc("join",
                        valu("m", Phi, MEM, "sl", "sr"),
                        valu("j", Neg64, INT, "x"),
                        valuA("sj", Store, MEM, 0, INT, "sp", "j", "m"),
                        ret("sj")));
        cse(b);
        assertNotNull(b.v("l").block());
        assertNotNull(b.v("r").block(), "neither arm dominates the other");
        assertNotNull(b.v("j").block(), "nor the join");
    }

    @Test
    void aDominatingValueReplacesLaterOnes() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valu("n", Neg64, INT, "x"),
                        valu("sp", SP, PTR),
                        goTo("next")),
                bloc("next",
                        valu("m", Neg64, INT, "x"),
                        valu("sum", Add64, INT, "n", "m"),
                        valuA("st", Store, MEM, 0, INT, "sp", "sum", "mem"),
                        ret("st")));
        cse(b);
        assertEquals("v6 = Add64 <int> v3 v3", b.v("sum").longString());
    }

    @Test
    void inductionVariablesThatStepAlikeAreOne() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuI("zero", Const64, INT, 0),
                        valuI("one", Const64, INT, 1),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valu("sp", SP, PTR),
                        goTo("loop")),
                bloc("loop",
                        valu("i", Phi, INT, "zero", "i1"),
                        valu("j", Phi, INT, "zero", "j1"),
                        valu("i1", Add64, INT, "i", "one"),
                        valu("j1", Add64, INT, "one", "j"),
                        branch("c", "loop", "done")),
                bloc("done",
                        valu("diff", Sub64, INT, "i", "j"),
                        valuA("st", Store, MEM, 0, INT, "sp", "diff", "mem"),
                        ret("st")));
        cse(b);
        assertEquals("v10 = Sub64 <int> v6 v6", b.v("diff").longString(),
                "partition refinement sees through the loop's phis");
    }

    @Test
    void loadsOfTheSameMemoryStateMerge() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valu("sp", SP, PTR),
                        valu("a", Load, INT, "sp", "mem"),
                        valu("b", Load, INT, "sp", "mem"),
                        valu("sum", Add64, INT, "a", "b"),
                        valuA("st", Store, MEM, 0, INT, "sp", "sum", "mem"),
                        valu("c", Load, INT, "sp", "st"),
                        valuA("st2", Store, MEM, 0, INT, "sp", "c", "st"),
                        ret("st2")));
        cse(b);
        assertEquals("v5 = Add64 <int> v3 v3", b.v("sum").longString());
        assertNotNull(b.v("c").block(), "a load after a store sees other memory");
    }
}

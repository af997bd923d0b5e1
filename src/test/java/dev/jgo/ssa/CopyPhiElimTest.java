package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class CopyPhiElimTest {
    private static final Type PTR = new Type.Pointer(INT);

    @Test
    void copiesDisappearAndUsesSeeTheSource() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valu("sp", SP, PTR),
                        valuI("one", Const64, INT, 1),
                        valu("c1", Copy, INT, "one"),
                        valu("c2", Copy, INT, "c1"),
                        valu("m", Copy, MEM, "mem"),
                        valuA("st", Store, MEM, 0, INT, "sp", "c2", "m"),
                        valu("last", Copy, MEM, "st"),
                        ret("last")));
        CopyElim.run(b.f());
        Check.run(b.f());
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = SP <*int>
                    (3) v3 = Const64 <int> [1]
                    (7) v7 = Store <mem> {int} v2 v3 v1
                    Ret v7
                """, Printer.print(b.f()));
    }

    private static Built loop(String phiArg) {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valu("c", ConstBool, BOOL),
                        goTo("loop")),
                bloc("loop",
                        valu("p", Phi, INT, "x", phiArg),
                        valu("q", Phi, INT, "x", "x"),
                        valu("sum", Add64, INT, "p", "q"),
                        branch("c", "loop", "done")),
                bloc("done",
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "sum", "mem"),
                        ret("st")));
    }

    @Test
    void trivialPhisBecomeCopies() {
        Built b = loop("p");
        PhiElim.run(b.f());
        CopyElim.run(b.f());
        Check.run(b.f());
        assertNull(b.v("p").block(), "phi(x, itself) is x: its copy is gone");
        assertEquals("v6 = Add64 <int> v2 v2", b.v("sum").longString());
    }

    @Test
    void phisMergingDifferentValuesStay() {
        Built b = loop("sum");
        PhiElim.run(b.f());
        Check.run(b.f());
        assertEquals("v4 = Phi <int> v2 v6", b.v("p").longString());
        assertEquals(Copy, b.v("q").op());
    }
}

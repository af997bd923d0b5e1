package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.ssa.SsaTypes.VOID;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class DeadCodeTest {
    private static final Type PTR = new Type.Pointer(INT);

    private static String run(Built b) {
        Check.run(b.f());
        DeadCode.run(b.f());
        Check.run(b.f());
        return Printer.print(b.f());
    }

    @Test
    void removesUnusedValuesButKeepsTheMemoryChainAndNilChecks() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valu("sp", SP, PTR),
                        valuI("one", Const64, INT, 1),
                        valu("unused", Add64, INT, "one", "one"),
                        valu("check", NilCheck, VOID, "sp", "mem"),
                        valuA("st", Store, MEM, 0, INT, "sp", "one", "mem"),
                        valuA("lost", Store, MEM, 0, INT, "sp", "unused", "mem"),
                        ret("st")));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = SP <*int>
                    (3) v3 = Const64 <int> [1]
                    (5) v5 = NilCheck <void> v2 v1
                    (6) v6 = Store <mem> {int} v2 v3 v1
                    Ret v6
                """, run(b));
        assertNull(b.v("unused").block(), "a removed value is detached");
    }

    @Test
    void removesUnreachableBlocksAndTheirPhiArguments() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuI("one", Const64, INT, 1),
                        goTo("join")),
                bloc("orphan",
                        valuI("two", Const64, INT, 2),
                        goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "one", "two"),
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Const64 <int> [1]
                    Plain -> b3
                  b3: <- b1
                    (4) v4 = Phi <int> v2
                    (5) v5 = SP <*int>
                    (6) v6 = Store <mem> {int} v5 v4 v1
                    Ret v6
                """, run(b));
    }

    @Test
    void firstBlockLosesItsSecondEdge() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        goTo("never")),
                bloc("taken", ret("mem")),
                bloc("never", ret("mem")));
        Block entry = b.b("entry");
        entry.removeEdge(0);
        entry.reset(GenericBlockKind.First);
        entry.addEdgeTo(b.b("taken"));
        entry.addEdgeTo(b.b("never"));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    Plain -> b2
                  b2: <- b1
                    Ret v1
                """, run(b));
    }

    @Test
    void removesDeadLoopsOfPhis() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuI("zero", Const64, INT, 0),
                        valuI("one", Const64, INT, 1),
                        valu("t", ConstBool, BOOL),
                        goTo("loop")),
                bloc("loop",
                        valu("i", Phi, INT, "zero", "next"),
                        valu("next", Add64, INT, "i", "one"),
                        branch("t", "loop", "done")),
                bloc("done", ret("mem")));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (4) v4 = ConstBool <bool> [false]
                    Plain -> b2
                  b2: <- b1 b2
                    If v4 -> b2 b3
                  b3: <- b2
                    Ret v1
                """, run(b));
    }
}

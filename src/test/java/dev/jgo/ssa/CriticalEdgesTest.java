package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class CriticalEdgesTest {
    @Test
    void edgesFromBranchesIntoJoinsGetTheirOwnBlock() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valuI("one", Const64, INT, 1),
                        valuI("two", Const64, INT, 2),
                        branch("c", "mid", "join")),
                bloc("mid", goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "one", "two"),
                        valu("sp", SP, new Type.Pointer(INT)),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
        CriticalEdges.run(b.f());
        Check.run(b.f());
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Arg <bool> {c}
                    (3) v3 = Const64 <int> [1]
                    (4) v4 = Const64 <int> [2]
                    If v2 -> b2 b4
                  b2: <- b1
                    Plain -> b3
                  b3: <- b4 b2
                    (5) v5 = Phi <int> v3 v4
                    (6) v6 = SP <*int>
                    (7) v7 = Store <mem> {int} v6 v5 v1
                    Ret v7
                  b4: <- b1
                    Plain -> b3
                """, Printer.print(b.f()), "the edge b1 -> b3 now passes through b4; the phi's argument order is kept");
    }
}

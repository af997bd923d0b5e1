package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class FuseTest {
    private static final Type PTR = new Type.Pointer(INT);

    private static String fuse(Built b) {
        Check.run(b.f());
        Fuse.run(b.f());
        Check.run(b.f());
        return Printer.print(b.f());
    }

    @Test
    void aChainOfPlainBlocksBecomesOneBlock() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        goTo("a")),
                bloc("a",
                        valuI("one", Const64, INT, 1),
                        goTo("b")),
                bloc("b",
                        valu("phi", Phi, INT, "one"),
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Const64 <int> [1]
                    (3) v3 = Copy <int> v2
                    (4) v4 = SP <*int>
                    (5) v5 = Store <mem> {int} v4 v3 v1
                    Ret v5
                """, fuse(b));
    }

    private static Built diamondWithEmptyArm(String elseTarget) {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valuI("one", Const64, INT, 1),
                        valuI("two", Const64, INT, 2),
                        branch("c", "empty", elseTarget)),
                bloc("empty", goTo("join")),
                bloc("other",
                        valu("sp0", SP, PTR),
                        goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "one", "two"),
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
    }

    @Test
    void anEmptyArmIsBypassedAndThePhiKeepsItsArguments() {
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Arg <bool> {c}
                    (3) v3 = Const64 <int> [1]
                    (4) v4 = Const64 <int> [2]
                    If v2 -> b4 b3
                  b3: <- b1
                    (5) v5 = SP <*int>
                    Plain -> b4
                  b4: <- b1 b3
                    (6) v6 = Phi <int> v3 v4
                    (7) v7 = SP <*int>
                    (8) v8 = Store <mem> {int} v7 v6 v1
                    Ret v8
                """, fuse(diamondWithEmptyArm("other")));
    }

    @Test
    void aBranchNeverGetsTwoEdgesIntoOneBlock() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valuI("one", Const64, INT, 1),
                        valuI("two", Const64, INT, 2),
                        branch("c", "empty", "join")),
                bloc("empty", goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "two", "one"),
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
        String before = Printer.print(b.f());
        assertEquals(before, fuse(b));
    }
}

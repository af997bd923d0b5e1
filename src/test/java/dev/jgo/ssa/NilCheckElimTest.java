package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.ssa.SsaTypes.VOID;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class NilCheckElimTest {
    private static final Type PTR = new Type.Pointer(INT);

    private static void elim(Built b) {
        Check.run(b.f());
        NilCheckElim.run(b.f());
        Check.run(b.f());
    }

    @Test
    void aCheckDominatedByACheckOfTheSamePointerGoes() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("p", Arg, PTR, 0, "p"),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valu("first", NilCheck, VOID, "p", "mem"),
                        valu("again", NilCheck, VOID, "p", "mem"),
                        branch("c", "left", "right")),
                bloc("left",
                        valu("inLeft", NilCheck, VOID, "p", "mem"),
                        goTo("join")),
                bloc("right", goTo("join")),
                bloc("join",
                        valu("inJoin", NilCheck, VOID, "p", "mem"),
                        ret("mem")));
        elim(b);
        assertNotNull(b.v("first").block());
        assertNull(b.v("again").block());
        assertNull(b.v("inLeft").block());
        assertNull(b.v("inJoin").block());
    }

    @Test
    void checksOnOnlyOnePathDoNotCount() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("p", Arg, PTR, 0, "p"),
                        valuA("c", Arg, BOOL, 0, "c"),
                        branch("c", "left", "right")),
                bloc("left",
                        valu("inLeft", NilCheck, VOID, "p", "mem"),
                        goTo("join")),
                bloc("right", goTo("join")),
                bloc("join",
                        valu("inJoin", NilCheck, VOID, "p", "mem"),
                        ret("mem")));
        elim(b);
        assertNotNull(b.v("inLeft").block());
        assertNotNull(b.v("inJoin").block());
    }

    @Test
    void aTestedPointerAndAddressesAreNonNil() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("p", Arg, PTR, 0, "p"),
                        valu("sb", SB, PTR),
                        valuA("g", Addr, PTR, 0, "global", "sb"),
                        valu("ok", IsNonNil, BOOL, "p"),
                        valu("checkG", NilCheck, VOID, "g", "mem"),
                        branch("ok", "yes", "no")),
                bloc("yes",
                        valu("checkP", NilCheck, VOID, "p", "mem"),
                        ret("mem")),
                bloc("no",
                        valu("checkNil", NilCheck, VOID, "p", "mem"),
                        exit("mem")));
        elim(b);
        assertNull(b.v("checkG").block(), "a global's address is never nil");
        assertNull(b.v("checkP").block(), "p != nil on the true branch");
        assertNotNull(b.v("checkNil").block());
    }
}

package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CheckTest {
    private static Built sample() {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuA("c", Arg, BOOL, 0, "c"),
                        branch("c", "yes", "no")),
                bloc("yes",
                        valu("neg", Neg64, INT, "x"),
                        goTo("join")),
                bloc("no", goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "neg", "x"),
                        ret("mem")));
    }

    private static void rejects(String why, Consumer<Built> breakIt) {
        Built b = sample();
        Check.run(b.f());
        breakIt.accept(b);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Check.run(b.f()));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void findsBrokenInvariants() {
        rejects("has 2 args, wants 1", b -> b.v("neg").addArg(b.v("x")));
        rejects("has 1 args for 2 predecessors", b -> b.v("phi").removeArg(1));
    }

    @Test
    void findsUsesOfValuesFromOtherBranches() {
        rejects("v4 in b2 does not dominate its use by v5 in b3", b -> b.v("phi").setArg(1, b.v("neg")));
    }

    @Test
    void findsAuxAndTypeMistakes() {
        rejects("invalid for aux type INT8", b -> b.b("entry").newValue(b.v("x").pos(), Const8, INT, 300, null));
        rejects("invalid for aux type FLOAT32", b -> b.b("entry").newValue(b.v("x").pos(), Const32F,
                dev.jgo.types.Universe.FLOAT32, Double.doubleToRawLongBits(0.1), null));
        rejects("has the wrong type", b -> b.b("entry").newValue(b.v("x").pos(), Less64, INT, b.v("x"), b.v("x")));
        rejects("is controlled by the non-boolean", b -> b.b("entry").setControl(b.v("x")));
        rejects("returns v2, which is not memory", b -> b.b("join").setControl(b.v("x")));
    }

    @Test
    void findsBrokenEdgesAndCounts() {
        rejects("has 1 successors, wants 2", b -> b.b("entry").removeEdge(1));
        rejects("FwdRef", b -> b.b("yes").newValue(b.v("x").pos(), FwdRef, INT, 0, "v"));
        rejects("b2 has a dependency cycle", b -> b.v("neg").setArg(0, b.v("neg")));
        rejects("does not take memory as its last argument",
                b -> b.b("entry").newValue(b.v("x").pos(), Store, MEM, 0, INT, b.v("x"), b.v("x"), b.v("x")));
        rejects("v5 mixes memory and values: argument v1", b -> b.v("phi").setArg(0, b.v("mem")));
    }
}

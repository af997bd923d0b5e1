package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DominatorsTest {
    /** entry → head; head → body | exit; body → left | right → latch → head; dead is unreachable. */
    private static Built loopWithDiamond() {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("c", Arg, BOOL, 0, "c"),
                        goTo("head")),
                bloc("head", branch("c", "body", "exit")),
                bloc("body", branch("c", "left", "right")),
                bloc("left", goTo("latch")),
                bloc("right", goTo("latch")),
                bloc("latch", goTo("head")),
                bloc("exit", ret("mem")),
                bloc("dead", goTo("exit")));
    }

    @Test
    void immediateDominators() {
        Built b = loopWithDiamond();
        Dominators dom = Dominators.of(b.f());
        assertNull(dom.idom(b.b("entry")));
        assertEquals(b.b("entry"), dom.idom(b.b("head")));
        assertEquals(b.b("head"), dom.idom(b.b("body")));
        assertEquals(b.b("body"), dom.idom(b.b("left")));
        assertEquals(b.b("body"), dom.idom(b.b("latch")), "neither arm dominates the join");
        assertEquals(b.b("head"), dom.idom(b.b("exit")), "the unreachable predecessor does not count");
        assertTrue(dom.dominates(b.b("head"), b.b("latch")));
        assertFalse(dom.dominates(b.b("left"), b.b("latch")));
        assertFalse(dom.isReachable(b.b("dead")));
        assertFalse(dom.dominates(b.b("dead"), b.b("exit")));
    }

    @Test
    void reversePostorderPutsBlocksBeforeTheirForwardSuccessors() {
        Built b = loopWithDiamond();
        var order = BlockOrder.reversePostorder(b.f());
        assertEquals(7, order.size(), "only reachable blocks");
        assertEquals(b.b("entry"), order.getFirst());
        assertTrue(order.indexOf(b.b("left")) < order.indexOf(b.b("latch")));
        assertTrue(order.indexOf(b.b("right")) < order.indexOf(b.b("latch")));
        assertTrue(order.indexOf(b.b("head")) < order.indexOf(b.b("exit")));
    }
}

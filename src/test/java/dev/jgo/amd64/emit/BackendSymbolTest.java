package dev.jgo.amd64.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.abi.Assignment;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the linker gets: the symbol's identity, flags, relocations, frame and line table. */
class BackendSymbolTest {
    @Test
    void callerSymbolNamesItsCalleesWithTheirAbis() {
        Assignment ga = BackendRunTest.assign(BackendRunTest.calleeParams(), BackendRunTest.ints(1));
        Assignment fa = BackendRunTest.assign(BackendRunTest.ints(2), BackendRunTest.ints(1));
        FuncShape fs = AbiShapes.function(Native.F, fa, false, false);
        Symbol f = Backend.compile(BackendRunTest.caller(fs, ga).f(), fs).symbol();
        assertEquals(SymRef.func("main.f", Abi.INTERNAL), f.ref());
        assertFalse(f.has(SymFlag.NOSPLIT), "a function that calls checks its stack");
        List<SymRef> called = f.relocs().stream().filter(r -> r.type() == RelocType.CALL).map(Reloc::target).toList();
        assertEquals(List.of(SymRef.func("main.g", Abi.INTERNAL), SymRef.func("runtime.morestack_noctxt", Abi.ABI0)), called);
        assertEquals(fa.argSize(), f.func().argsSize());
        assertTrue(f.func().frameSize() >= ga.argSize() + 8, "the outgoing area holds g's arguments, results and spill area");
        assertEquals(0, f.func().frameSize() % 8);
        assertTrue(f.func().lines().at(0).isPresent(), "the first instruction has a source line");
    }

    @Test
    void smallLeafIsNosplitWithoutAMorestackCall() {
        Assignment ga = BackendRunTest.assign(BackendRunTest.calleeParams(), BackendRunTest.ints(1));
        FuncShape gs = AbiShapes.function("main.g", ga, false, false);
        Symbol g = Backend.compile(BackendRunTest.callee(gs, ga).f(), gs).symbol();
        assertTrue(g.has(SymFlag.NOSPLIT));
        assertTrue(g.relocs().isEmpty(), g.relocs().toString());
    }
}

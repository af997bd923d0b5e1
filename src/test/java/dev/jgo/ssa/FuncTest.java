package dev.jgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Universe;
import org.junit.jupiter.api.Test;

class FuncTest {
    @Test
    void constantsAreSharedAndSizedByTheirType() {
        Func f = new Func("f", null);
        Block entry = f.newBlock(GenericBlockKind.Ret);
        Value mem = entry.newValue(Pos.NONE, GenericOp.InitMem, SsaTypes.MEM);
        entry.setControl(mem);
        Value a = f.constInt(Pos.NONE, Universe.UINT8, 255);
        assertEquals("v2 = Const8 <uint8> [-1]", a.longString(), "auxInt holds the bits sign-extended");
        assertSame(a, f.constInt(Pos.NONE, Universe.UINT8, -1));
        assertNotSame(a, f.constInt(Pos.NONE, Universe.INT8, -1), "same bits, other type");
        assertEquals("Const32 <int32> [7]", f.constInt(Pos.NONE, Universe.INT32, 7).longString().substring(5));
        assertEquals("Const64 <uintptr> [8]", f.constInt(Pos.NONE, Universe.UINTPTR, 8).longString().substring(5));
        Value t = f.constBool(Pos.NONE, Universe.BOOL, true);
        assertSame(entry, t.block(), "constants live in the entry block");
    }
}

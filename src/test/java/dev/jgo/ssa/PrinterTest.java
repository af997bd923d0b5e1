package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static dev.jgo.types.Universe.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.types.Type;
import org.junit.jupiter.api.Test;

class PrinterTest {
    @Test
    void dumpFormatMatchesGc() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuI("c", Const64, INT, -3),
                        valu("sum", Add64, INT, "c", "x"),
                        valu("cond", Less64, BOOL, "sum", "x"),
                        branch("cond", "yes", "no")),
                bloc("yes",
                        valuA("s", ConstString, STRING, 0, "a\"b\n"),
                        goTo("join")),
                bloc("no", goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "sum", "x"),
                        valuA("st", Store, MEM, 0, INT, "p", "phi", "mem"),
                        valu("p", OffPtr, new Type.Pointer(INT), "sp"),
                        valu("sp", SP, new Type.Pointer(INT)),
                        ret("st")));
        b.b("entry").setLikely(Block.Likely.LIKELY);
        b.v("p").setAuxInt(8);
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Arg <int> {x}
                    (3) v3 = Const64 <int> [-3]
                    (4) v4 = Add64 <int> v3 v2
                    (5) v5 = Less64 <bool> v4 v2
                    If v5 -> b2 b3 (likely)
                  b2: <- b1
                    (6) v6 = ConstString <string> {"a\\"b\\n"}
                    Plain -> b4
                  b3: <- b1
                    Plain -> b4
                  b4: <- b2 b3
                    (7) v7 = Phi <int> v4 v2
                    (10) v10 = SP <*int>
                    (9) v9 = OffPtr <*int> [8] v10
                    (8) v8 = Store <mem> {int} v9 v7 v1
                    Ret v8
                """, Printer.print(b.f()));
        Check.run(b.f());
    }

    @Test
    void floatsPrintLikeGoPercentG() {
        assertEquals("1e+06", Printer.goFloat(1e6));
        assertEquals("123456", Printer.goFloat(123456.0));
        assertEquals("1.5", Printer.goFloat(1.5));
        assertEquals("1e-05", Printer.goFloat(0.00001));
        assertEquals("0.0001", Printer.goFloat(0.0001));
        assertEquals("-2.5e-07", Printer.goFloat(-2.5e-7));
        assertEquals("+Inf", Printer.goFloat(Double.POSITIVE_INFINITY));
    }
}

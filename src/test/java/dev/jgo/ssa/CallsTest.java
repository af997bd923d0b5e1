package dev.jgo.ssa;

import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Parser;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Checker;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls in late-expansion form, with signatures from the type checker. */
class CallsTest {
    private static Package check(String src) {
        Diagnostics diags = new Diagnostics();
        var file = Parser.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("p", List.of(file), (path, pos) -> null, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return p;
    }

    @Test
    void aStaticCallIsKeptWholeAndItsResultsSelected() {
        Package p = check("""
                package p
                func g(a int, s string) (int, bool) { return a, s == "" }
                func f(x int) int { r, _ := g(x, "hi"); g(x, "hi"); return r }
                """);
        Obj.Func g = (Obj.Func) p.scope().lookup("g");
        Obj.Func fObj = (Obj.Func) p.scope().lookup("f");
        Type.Signature gSig = (Type.Signature) g.type();
        Type.Signature fSig = (Type.Signature) fObj.type();
        Pos pos = new Pos("p.go", 3, 1);

        Func f = new Func("f", fSig);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(pos, InitMem, SsaTypes.MEM);
        Value x = b.newValue(pos, Arg, Universe.INT, 0, fSig.params().vars().getFirst());
        Value hi = b.newValue(pos, ConstString, Universe.STRING, 0, "hi");
        CallAux aux = new CallAux(g, gSig, null);
        Value call = b.newValue(pos, StaticLECall, gSig.results(), 0, aux, x, hi, mem);
        Value r = b.newValue(pos, SelectN, Universe.INT, 0, null, call);
        Value mem1 = b.newValue(pos, SelectN, SsaTypes.MEM, 2, null, call);
        Value again = b.newValue(pos, StaticLECall, gSig.results(), 0, aux, x, hi, mem1);
        Value mem2 = b.newValue(pos, SelectN, SsaTypes.MEM, 2, null, again);
        b.setControl(b.newValue(pos, MakeResult, fSig.results(), r, mem2));

        Passes.run(f, PassOptions.DEFAULT.withCheck(true));
        assertEquals("""
                f func(int) int
                  b1:
                    (3) v1 = InitMem <mem>
                    (3) v2 = Arg <int> {x}
                    (3) v3 = ConstString <string> {"hi"}
                    (3) v4 = StaticLECall <(int,bool,mem)> {AuxCall{g}} v2 v3 v1
                    (3) v5 = SelectN <int> [0] v4
                    (3) v6 = SelectN <mem> [2] v4
                    (3) v7 = StaticLECall <(int,bool,mem)> {AuxCall{g}} v2 v3 v6
                    (3) v8 = SelectN <mem> [2] v7
                    (3) v9 = MakeResult <(int,mem)> v5 v8
                    Ret v9
                """, Printer.print(f), "both calls stay: calls are never merged or dropped");
    }
}

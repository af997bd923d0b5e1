package dev.jgo.ssa.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.amd64.Reg;
import dev.jgo.amd64.emit.Backend;
import dev.jgo.amd64.emit.Native;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go functions calling each other with every kind of argument the back end can run — nine
 * register and three stack integers with eleven results, a struct receiver with an int32 and a
 * float64, arrays on the stack in and out, a float parameter — built by ssagen, expanded,
 * compiled, linked with a stub entry and run natively: f must return what gc's build of the same
 * source prints, also when its prologue takes the morestack path.
 */
class ExpandNativeTest {
    static final String SRC = """
            package main

            type P struct {
            	a int32
            	b float64
            	c int
            }

            func (p P) sum(k int) int { return int(p.a)*3 + int(p.b*4) + p.c*5 + k }

            func many(a, b, c, d, e, g, h, i, j, k, l, m int) (int, int, int, int, int, int, int, int, int, int, int) {
            	return m, l, k, j, i, h, g, e, d, c, b - a
            }

            func arr(a [3]int, n int) [2]int { return [2]int{a[0]*a[2] - a[1], n} }

            func f(x int, y float64) int {
            	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10 := many(x, x*2, x+2, x*3, x+4, x+5, x-6, x+7, x*8, x+9, x-10, x+11)
            	p := P{int32(r9), y, r10}
            	s := p.sum(r0)
            	q := arr([3]int{r1, r2, r3}, r4)
            	return s*1000000 + q[0]*1000 + q[1]*100 + r5*11 + r6*13 + r7*17 + r8*19
            }
            """;

    @TempDir Path dir;

    private long gc(long x, double y) throws Exception {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "gc 1.19 is not installed");
        Path src = dir.resolve("main.go");
        Files.writeString(src, SRC + "\nfunc main() { println(f(" + x + ", " + y + ")) }\n");
        Process p = new ProcessBuilder(go.toString(), "run", src.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return Long.parseLong(out);
    }

    /** Every function compiled; with abi0Callees, all but f are ABI0 (and f calls them so). */
    private static List<Symbol> compiled(boolean abi0Callees) {
        Map<String, Expanded.Result> fs = Expanded.compile(SRC, (name, adapter) -> {
            if (!abi0Callees) return ExpandConfig.registers(adapter);
            ExpandConfig cfg = new ExpandConfig(false, Abi.INTERNAL, fn -> Abi.ABI0, adapter);
            return name.equals("f") ? cfg : cfg.forFunction(Abi.ABI0);
        });
        List<Symbol> syms = new ArrayList<>();
        for (Map.Entry<String, Expanded.Result> e : fs.entrySet()) {
            // (*P).sum is the generated pointer wrapper of a value method: nothing here calls it,
            // and its panic message is string data only the build lays out
            if (e.getKey().startsWith("(*")) continue;
            String name = "main." + e.getKey();
            FuncShape shape = e.getValue().expanded().shape(name, false);
            Symbol s = Backend.compile(e.getValue().f(), shape).symbol();
            // the back end labels every function ABIInternal; an ABI0 one is relabelled here
            boolean abi0 = abi0Callees && !e.getKey().equals("f");
            syms.add(abi0 ? new Symbol(SymRef.func(name, Abi.ABI0), s.kind(), s.flags(), s.align(), s.size(), s.content(), s.relocs(), s.func()) : s);
        }
        return syms;
    }

    private static final List<Native.Arg> ARGS = List.of(Native.Arg.reg(Reg.AX, 7), Native.Arg.reg(Reg.X0, Double.doubleToLongBits(2.75)));

    @Test
    void callsBetweenExpandedFunctionsComputeWhatGcComputes() throws Exception {
        long want = gc(7, 2.75);
        Native.Outcome o = Native.run(dir, compiled(false), ARGS, 0, false, false);
        assertEquals(want, o.result());
        Native.Outcome more = Native.run(dir, compiled(false), ARGS, 0, false, true);
        assertEquals(1, more.morestackCalls());
        assertEquals(7, more.seen0(), "x spilled to its slot before morestack");
        assertEquals(want, more.result(), "arguments reloaded after morestack");
    }

    @Test
    void theSameCallsThroughTheStackAbiComputeTheSame() throws Exception {
        long want = gc(7, 2.75);
        assertEquals(want, Native.run(dir, compiled(true), ARGS, 0, false, false).result());
    }
}

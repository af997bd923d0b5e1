package dev.jgo.ssa.expand;

import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Go sources through ssagen and the passes, then expansion: where every piece travels. */
class ExpandCallsTest {
    static final String SEED = """
            package main

            //go:noinline
            func add(x int, y int, z int, a, b, c int, d, e, f int, g, h, l int) (int, int, int, int, int, int, int, int, int, int, int) {
            	println(x, y)
            	return 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
            }

            func main() {
            	println(add(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
            }
            """;

    static final String MIX = """
            package main

            type P struct {
            	a int32
            	b float64
            	c string
            }

            type T struct{ n int }

            func (t *T) inc(d int) int { t.n += d; return t.n }

            func (p P) get(k int) string { return p.c }

            func mix(s string, b []byte, x float64, c complex128, n int8, p *int) (string, float32, []byte) {
            	return s, float32(x) + float32(real(c)), b[:n]
            }

            func pass(p P) P { p.a++; return p }

            func arr(a [3]int, n int) [2]int { return [2]int{a[0], n} }

            func z(a struct{}, b int, c [0]int, d struct{}) (struct{}, int) { return d, b }

            func main() {
            	var t T
            	t.inc(2)
            	q := pass(P{1, 2.5, "x"})
            	println(q.get(3))
            	s, f, b := mix("hi", []byte("xy"), 1.5, 2i, 1, nil)
            	println(s, f, len(b))
            	r := arr([3]int{1, 2, 3}, 4)
            	println(r[0], r[1])
            	z(struct{}{}, 1, [0]int{}, struct{}{})
            }
            """;

    private static String describe(Map<String, Expanded.Result> fs, String name) {
        return Expanded.describe(fs.get(name).f());
    }

    /** The description's line for the call of target in main. */
    private static String callLine(Map<String, Expanded.Result> fs, String target) {
        return describe(fs, "main").lines().filter(l -> l.startsWith("call " + target + "<")).findFirst().orElseThrow();
    }

    private static Value theCall(Func f, String target) {
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == StaticCall && v.aux().toString().equals("AuxCall{" + target + "}")) return v;
            }
        }
        throw new AssertionError("no call of " + target);
    }

    /** The constants among vs, in order. */
    private static List<Long> constants(List<Value> vs) {
        List<Long> cs = new ArrayList<>();
        for (Value v : vs) if (v.op() == Const64) cs.add(v.auxInt());
        return cs;
    }

    /** The values stored by the memory chain ending in mem, first store first. */
    private static List<Value> stored(Value mem) {
        List<Value> vs = new ArrayList<>();
        while (mem.op() == Store) {
            vs.addFirst(mem.arg(1));
            mem = mem.arg(2);
        }
        return vs;
    }

    @Test
    void theSeedsAddPassesNineIntegersInRegistersAndTheRestOnTheStack() {
        Map<String, Expanded.Result> fs = Expanded.compile(SEED, false);
        assertEquals("""
                in AX x+40
                in BX y+48
                call runtime.printlock<ABIInternal>() -> () argSize 0
                call runtime.printint<ABIInternal>(AX) -> () argSize 8
                call runtime.printsp<ABIInternal>() -> () argSize 0
                call runtime.printint<ABIInternal>(AX) -> () argSize 8
                call runtime.printnl<ABIInternal>() -> () argSize 0
                call runtime.printunlock<ABIInternal>() -> () argSize 0
                ret 9 regs stack[24, 32]
                """, describe(fs, "add"));
        assertEquals("call main.add<ABIInternal>(AX BX CX DI SI R8 R9 R10 R11) stack[0, 8, 16]"
                + " -> (AX BX CX DI SI R8 R9 R10 R11) stack[24, 32] argSize 112", callLine(fs, "main.add"));

        Value call = theCall(fs.get("main").f(), "main.add");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), constants(call.args()), "register arguments in order");
        assertEquals(List.of(10L, 11L, 12L), constants(stored(call.args().getLast())), "stack arguments g, h, l");
        Value ret = fs.get("add").f().blocks().stream().filter(b -> b.kind().toString().equals("Ret")).findFirst().orElseThrow().control(0);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), constants(ret.args()), "register results in order");
        assertEquals(List.of(10L, 11L), constants(stored(ret.args().getLast())), "stack results ~r9, ~r10");

        // the morestack path spills all nine register parameters, used or not, to gc's slots
        FuncShape shape = fs.get("add").expanded().shape("main.add", false);
        assertEquals("[AX x+40, BX y+48, CX z+56, DI a+64, SI b+72, R8 c+80, R9 d+88, R10 e+96, R11 f+104]",
                shape.params().stream().map(p -> p.reg() + " " + p.slot()).toList().toString());
        assertEquals(112, shape.argSize());
    }

    @Test
    void underAbiStackEverythingGoesThroughMemory() {
        Map<String, Expanded.Result> fs = Expanded.compile(SEED, true);
        assertEquals("""
                in stack x+0
                in stack y+8
                call runtime.printlock<ABI0>() -> () argSize 0
                call runtime.printint<ABI0>() stack[0] -> () argSize 8
                call runtime.printsp<ABI0>() -> () argSize 0
                call runtime.printint<ABI0>() stack[0] -> () argSize 8
                call runtime.printnl<ABI0>() -> () argSize 0
                call runtime.printunlock<ABI0>() -> () argSize 0
                ret 0 regs stack[96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176]
                """, describe(fs, "add"));
        assertEquals("call main.add<ABI0>() stack[0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88]"
                + " -> () stack[96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176] argSize 184", callLine(fs, "main.add"));
        Value call = theCall(fs.get("main").f(), "main.add");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), constants(stored(call.args().getLast())));
        assertEquals(List.of(), fs.get("add").expanded().shape("main.add", false).params());
    }

    @Test
    void stringsSlicesFloatsAndComplexTakeOneRegisterPerPart() {
        Map<String, Expanded.Result> fs = Expanded.compile(MIX, false);
        assertEquals("""
                in AX s+0
                in BX s+8
                in CX b+16
                in SI b+32
                in X0 x+40
                in X1 c+48
                in R8 n+64
                ret 6 regs
                """, describe(fs, "mix"), "b's length, c's imaginary part and p are not used");
        assertEquals("call main.mix<ABIInternal>(AX BX CX DI SI X0 X1 X2 R8 R9) -> (AX BX X0 CX DI SI) argSize 80",
                callLine(fs, "main.mix"));
    }

    @Test
    void underAbiStackAggregatesAreStoredWordByWord() {
        Map<String, Expanded.Result> fs = Expanded.compile(MIX, true);
        // s 0 8, b 16 24 32, x 40, c 48 56, n 64, p 72 | results: ~r0 80 88, ~r1 96, ~r2 104 112 120
        assertEquals("call main.mix<ABI0>() stack[0, 8, 16, 24, 32, 40, 48, 56, 64, 72]"
                + " -> () stack[80, 88, 96, 112] argSize 128", callLine(fs, "main.mix"), "main uses s, f and len(b)");
    }

    @Test
    void structsAreSplitFieldByFieldAndMethodsTakeTheReceiverFirst() {
        Map<String, Expanded.Result> fs = Expanded.compile(MIX, false);
        assertEquals("""
                in AX p+0
                in X0 p+8
                in BX p+16
                in CX p+24
                ret 4 regs
                """, describe(fs, "pass"));
        assertEquals("call main.pass<ABIInternal>(AX X0 BX CX) -> (AX X0 BX CX) argSize 32", callLine(fs, "main.pass"));
        assertEquals("""
                in AX p+0
                in X0 p+8
                in BX p+16
                in CX p+24
                ret 2 regs
                """, describe(fs, "P.get"));
        assertEquals("call main.P.get<ABIInternal>(AX X0 BX CX DI) -> (AX BX) argSize 40", callLine(fs, "main.P.get"));
        assertEquals("""
                in AX t+0
                in BX d+8
                ret 1 regs
                """, describe(fs, "(*T).inc"));
        assertEquals("call main.(*T).inc<ABIInternal>(AX BX) -> (AX) argSize 16", callLine(fs, "main.(*T).inc"));
    }

    @Test
    void arraysTravelWholeInMemoryAndZeroSizedValuesTakeNoSpace() {
        Map<String, Expanded.Result> fs = Expanded.compile(MIX, false);
        assertEquals("""
                in AX n+40
                in memory +0 [3]int
                ret 0 regs stack[24]
                """, describe(fs, "arr"));
        assertEquals("call main.arr<ABIInternal>(AX) stack[0] -> () stack[24] argSize 48", callLine(fs, "main.arr"));
        assertEquals("""
                in AX b+0
                ret 1 regs
                """, describe(fs, "z"));
        assertEquals("call main.z<ABIInternal>(AX) -> (AX) argSize 8", callLine(fs, "main.z"));
    }

    @Test
    void selectorsOfAggregateLoadsAndConstantsBecomeWordLoadsAndConstants() {
        Map<String, Expanded.Result> fs = Expanded.compile("""
                package main

                type S struct {
                	n int
                	b []int
                }

                func g(p *S, s []int) int { return len(p.b) + cap(p.b) + len(s) }

                func main() { println(g(&S{}, nil)) }
                """, false);
        String g = dev.jgo.ssa.Printer.print(fs.get("g").f());
        assertEquals(false, g.contains("SliceLen") || g.contains("SliceCap"), g);
        assertEquals(true, g.contains("OffPtr <*int> [8]") && g.contains("OffPtr <*int> [16]"), "p.b's length and capacity words:\n" + g);
        String main = dev.jgo.ssa.Printer.print(fs.get("main").f());
        assertEquals(true, main.contains("ConstNil <*int>") && main.contains("Const64 <int> [0]"), "nil's pointer and zero length and capacity:\n" + main);
        assertEquals(false, main.contains("ConstSlice"), main);
    }
}

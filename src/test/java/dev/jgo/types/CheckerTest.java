package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Expr;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checker on small programs: valid ones check cleanly and record facts; invalid ones get gc's messages. */
class CheckerTest {

    @Test
    void validProgramChecksCleanly() {
        assertEquals(List.of(), CheckSupport.errors("""
                package main

                type Shape interface{ Area() float64 }
                type Rect struct{ w, h float64 }
                type Named struct {
                	*Rect
                	name string
                }

                func (r *Rect) Area() float64 { return r.w * r.h }

                const (
                	KB = 1 << (10 * (iota + 1))
                	MB
                )

                var total = sum(1, 2, 3)

                func sum(xs ...int) (n int) {
                	for _, x := range xs {
                		n += x
                	}
                	return
                }

                func main() {
                	var s Shape = Named{&Rect{2, 3}, "r"}
                	m := map[string][]int{"a": {1, 2}}
                	if v, ok := m["a"]; ok {
                		println(len(v), s.Area(), KB, MB, total)
                	}
                	ch := make(chan int, 1)
                	go func() { ch <- 1 }()
                	select {
                	case v := <-ch:
                		println(v)
                	}
                	var x interface{} = 1.5
                	switch y := x.(type) {
                	case int, string:
                		println(y)
                	case float64:
                		println(y + 1)
                	}
                outer:
                	for i := 0; i < 3; i++ {
                		for {
                			continue outer
                		}
                	}
                	defer func() { recover() }()
                	var b [4]byte
                	copy(b[:], "abcd")
                	println(string(b[:]), len(b), cap(b[1:2:3]))
                }
                """));
    }

    @Test
    void recordsTypesConstantsAndSelections() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("main", """
                package main

                type In struct{ v int }
                type Out struct{ *In }

                var o = Out{&In{1}}
                var w = o.v + 2

                func main() {}
                """);
        assertEquals(List.of(), s.messages());
        Info info = p.info();
        Expr.Selector sel = info.selections.keySet().iterator().next();
        Info.Selection selection = info.selections.get(sel);
        assertEquals(Info.Selection.Kind.FIELD, selection.kind());
        assertEquals(List.of(0, 0), selection.index());
        assertTrue(selection.indirect());
        Map<String, Long> constants = info.types.entrySet().stream()
                .filter(e -> e.getValue().value() != null)
                .collect(Collectors.groupingBy(e -> e.getValue().value().toString(), Collectors.counting()));
        assertEquals(1L, constants.get("2"));
        assertEquals(2, info.initOrder.size());
        assertEquals("o", info.initOrder.get(0).lhs().get(0).name());
        assertEquals("w", info.initOrder.get(1).lhs().get(0).name());
    }

    @Test
    void initOrderFollowsDependencies() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", """
                package p

                var a = b + c
                var b = f()
                var c = 1

                func f() int { return c + 1 }
                """);
        assertEquals(List.of(), s.messages());
        assertEquals(List.of("c", "b", "a"),
                p.info().initOrder.stream().map(i -> i.lhs().get(0).name()).toList());
    }

    @Test
    void untypedExpressionsGetTheirFinalTypes() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", """
                package p

                var f float64 = 1 + 2
                var i = 1 << 3
                var g float32 = 5
                var n uint
                var sh int64 = 1 << n
                """);
        assertEquals(List.of(), s.messages());
        List<String> types = p.info().types.entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.Binary || e.getKey() instanceof Expr.BasicLit lit && lit.value().equals("5"))
                .map(e -> AstPrinter.print(e.getKey()) + ":" + TypeString.of(e.getValue().type(), p))
                .sorted().toList();
        assertEquals(List.of("1 + 2:float64", "1 << 3:int", "1 << n:int64", "5:float32"), types);
    }

    @Test
    void typeSwitchCasesHaveImplicitVariables() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", """
                package p

                func f(x interface{}) int {
                	switch v := x.(type) {
                	case int:
                		return v
                	case string:
                		return len(v)
                	}
                	return 0
                }
                """);
        assertEquals(List.of(), s.messages());
        List<String> vars = p.info().implicits.values().stream()
                .filter(o -> o instanceof Obj.Var)
                .map(o -> TypeString.of(o.type(), p)).sorted().toList();
        assertEquals(List.of("int", "string"), vars);
    }

    @Test
    void importedPackagesResolveExportedNames() {
        CheckSupport s = new CheckSupport();
        s.check("lib", """
                package lib

                type T struct{ X, y int }

                func New() *T { return &T{} }

                const Max = 10
                """);
        s.check("main", """
                package main

                import "lib"

                func main() {
                	t := lib.New()
                	t.X = lib.Max
                	_ = t.y
                	_ = lib.hidden
                }
                """);
        assertEquals(List.of(
                "8:8: t.y undefined (type *lib.T has no field or method y)",
                "9:10: undefined: lib.hidden"), s.messages());
    }

    @Test
    void unusedImportsAndVariables() {
        CheckSupport s = new CheckSupport();
        s.check("lib", "package lib\n\nconst C = 1\n");
        s.check("main", """
                package main

                import "lib"
                import l2 "lib"

                func main() {
                	x := 1
                	var y int
                	y = 2
                }
                """);
        assertEquals(List.of(
                "3:8: imported and not used: \"lib\"",
                "4:8: imported and not used: \"lib\" as l2",
                "7:2: x declared but not used",
                "8:6: y declared but not used"), s.messages());
    }

    @Test
    void missingReturnUnlessTerminating() {
        assertEquals(List.of("15:1: missing return"), CheckSupport.errors("""
                package p

                func a(x int) int {
                	if x > 0 {
                		return 1
                	} else {
                		panic("no")
                	}
                }

                func b(x int) int {
                	for x > 0 {
                		return 1
                	}
                }

                func c() int {
                	for {
                	}
                }
                """));
    }

    @Test
    void labelsAndBranches() {
        assertEquals(List.of(
                "4:1: label L defined and not used",
                "5:2: break is not in a loop, switch, or select",
                "6:7: label M not defined",
                "7:7: goto N jumps into block starting at x.go:8:2",
                "13:13: fallthrough statement out of place"), CheckSupport.errors("""
                package p

                func f(x int) {
                L:
                	break
                	goto M
                	goto N
                	{
                	N:
                	}
                	switch {
                	default:
                		if true { fallthrough }
                	}
                }
                """));
    }

    @Test
    void constantOverflowAndTruncation() {
        assertEquals(List.of(
                "3:14: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
                "4:13: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
                "5:14: cannot convert 256 (untyped int constant) to type byte",
                "6:29: c * 2 (constant 200 of type int8) overflows int8"), CheckSupport.errors("""
                package p

                var a int8 = 300
                var b int = 1.5
                var d = byte(256)
                const c int8 = 100; var e = c * 2
                """));
    }

    @Test
    void everyCheckedExpressionHasAType() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", """
                package p

                type T struct{ a []int }

                func f(t *T, m map[string]T) (int, bool) {
                	v, ok := m["k"]
                	x := append(t.a, v.a...)
                	return len(x) + cap(t.a[1:]), ok && !false
                }
                """);
        assertEquals(List.of(), s.messages());
        p.info().types.forEach((e, tv) -> assertNotNull(tv.type(), () -> "no type for " + AstPrinter.print(e)));
        assertInstanceOf(Type.Tuple.class, p.info().types.entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.Index).findFirst().orElseThrow().getValue().type());
    }
}

package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type model: identity, comparability, printing and amd64 layout, through declared Go types. */
class TypeModelTest {
    /** The types of the package-level variables of src, by name. */
    private static Type typeOf(Package p, String name) {
        return p.scope().lookup(name).type();
    }

    private static Package check(String decls) {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", "package p\n" + decls);
        assertEquals(List.of(), s.messages());
        return p;
    }

    @Test
    void byteAndUint8AreIdenticalButPrintTheirOwnNames() {
        Package p = check("var a byte\nvar b uint8\nvar c rune\nvar d int32\n");
        assertTrue(Predicates.identical(typeOf(p, "a"), typeOf(p, "b")));
        assertTrue(Predicates.identical(typeOf(p, "c"), typeOf(p, "d")));
        assertEquals("byte", TypeString.of(typeOf(p, "a"), p));
        assertEquals("rune", TypeString.of(typeOf(p, "c"), p));
    }

    @Test
    void structIdentityIncludesTagsButConversionIgnoresThem() {
        Package p = check("var a struct{ F int `json:\"f\"` }\nvar b struct{ F int }\n");
        assertFalse(Predicates.identical(typeOf(p, "a"), typeOf(p, "b")));
        assertTrue(Predicates.identicalIgnoreTags(typeOf(p, "a"), typeOf(p, "b")));
        assertEquals("struct{F int \"json:\\\"f\\\"\"}", TypeString.of(typeOf(p, "a"), p));
    }

    @Test
    void definedTypesAreDistinct() {
        Package p = check("type T int\ntype U int\nvar t T\nvar u U\nvar i int\n");
        assertFalse(Predicates.identical(typeOf(p, "t"), typeOf(p, "u")));
        assertFalse(Predicates.identical(typeOf(p, "t"), typeOf(p, "i")));
        assertTrue(Predicates.identical(typeOf(p, "t").underlying(), typeOf(p, "i")));
    }

    @Test
    void comparability() {
        Package p = check("""
                var s []int
                var m map[int]int
                var f func()
                var a [2]string
                var st struct{ x []int }
                var i interface{}
                var ch chan int
                """);
        assertFalse(Predicates.comparable(typeOf(p, "s")));
        assertFalse(Predicates.comparable(typeOf(p, "m")));
        assertFalse(Predicates.comparable(typeOf(p, "f")));
        assertTrue(Predicates.comparable(typeOf(p, "a")));
        assertFalse(Predicates.comparable(typeOf(p, "st")));
        assertTrue(Predicates.comparable(typeOf(p, "i")));
        assertTrue(Predicates.comparable(typeOf(p, "ch")));
    }

    @Test
    void typesPrintAsGcPrintsThem() {
        Package p = check("""
                type T struct{}
                var a map[string][]*T
                var b func(int, ...string) (bool, error)
                var c chan (<-chan int)
                var d chan<- [3]int
                var e interface{ M(x int) string }
                var f func() int
                """);
        assertEquals("map[string][]*T", TypeString.of(typeOf(p, "a"), p));
        assertEquals("map[string][]*p.T", TypeString.of(typeOf(p, "a"), null));
        assertEquals("func(int, ...string) (bool, error)", TypeString.of(typeOf(p, "b"), p));
        assertEquals("chan (<-chan int)", TypeString.of(typeOf(p, "c"), p));
        assertEquals("chan<- [3]int", TypeString.of(typeOf(p, "d"), p));
        assertEquals("interface{M(x int) string}", TypeString.of(typeOf(p, "e"), p));
        assertEquals("func() int", TypeString.of(typeOf(p, "f"), p));
    }

    @Test
    void amd64Layout() {
        Package p = check("""
                var a struct{ a int8; b int64; c int8 }
                var b struct{ a int64; z struct{} }
                var c [0]int
                var d string
                var e interface{}
                var f []byte
                var g struct{ a int8; b int16; c complex64 }
                """);
        assertEquals(24, Sizes.sizeof(typeOf(p, "a")));
        assertEquals(8, Sizes.alignof(typeOf(p, "a")));
        assertEquals(16, Sizes.sizeof(typeOf(p, "b")));
        assertEquals(0, Sizes.sizeof(typeOf(p, "c")));
        assertEquals(16, Sizes.sizeof(typeOf(p, "d")));
        assertEquals(16, Sizes.sizeof(typeOf(p, "e")));
        assertEquals(24, Sizes.sizeof(typeOf(p, "f")));
        assertEquals(12, Sizes.sizeof(typeOf(p, "g")));
        assertEquals(4, Sizes.alignof(typeOf(p, "g")));
    }

    @Test
    void unsafeBuiltinsAreConstants() {
        CheckSupport s = new CheckSupport();
        Package p = s.check("p", """
                package p

                import "unsafe"

                type T struct {
                	a bool
                	b int32
                	c string
                }

                const size = unsafe.Sizeof(T{})
                const off = unsafe.Offsetof(T{}.c)
                const align = unsafe.Alignof(int16(0))
                """);
        assertEquals(List.of(), s.messages());
        assertEquals("24", ((Obj.Const) p.scope().lookup("size")).val().toString());
        assertEquals("8", ((Obj.Const) p.scope().lookup("off")).val().toString());
        assertEquals("2", ((Obj.Const) p.scope().lookup("align")).val().toString());
        assertEquals("uintptr", TypeString.of(p.scope().lookup("size").type(), p));
    }

    @Test
    void methodSetsOfValuesAndPointers() {
        Package p = check("""
                type T struct{}
                func (T) V() {}
                func (*T) P() {}
                type I interface{ V(); P() }
                var t T
                var pt *T
                """);
        Type.Interface i = (Type.Interface) p.scope().lookup("I").type().underlying();
        assertTrue(Lookup.missingMethod(typeOf(p, "pt"), i, true) == null);
        Lookup.Missing m = Lookup.missingMethod(typeOf(p, "t"), i, true);
        assertEquals("P", m.want().name());
        assertEquals("(P method has pointer receiver)", Lookup.reason(m, p));
    }

    @Test
    void exprStringShortensLiterals() {
        assertEquals("T{…}", AstPrinter.print(new Expr.CompositeLit(dev.jgo.syntax.Pos.NONE,
                new Expr.Ident(dev.jgo.syntax.Pos.NONE, "T"),
                List.of(new Expr.Ident(dev.jgo.syntax.Pos.NONE, "x")), dev.jgo.syntax.Pos.NONE)));
    }

    @Test
    void methodSetsFollowReceiversAndEmbedding() {
        Package p = check("""
                type In struct{}
                func (In) V() {}
                func (*In) P() {}
                type Out struct{ In }
                type OutP struct{ *In }
                func (Out) Own() {}
                type Both struct{ In; Other }
                type Other struct{}
                func (Other) V() {}
                var o Out
                var po *Out
                var op OutP
                var b Both
                """);
        assertEquals(List.of("Own", "V"), names(MethodSets.of(typeOf(p, "o"))));
        assertEquals(List.of("Own", "P", "V"), names(MethodSets.of(typeOf(p, "po"))));
        assertEquals(List.of("P", "V"), names(MethodSets.of(typeOf(p, "op"))));
        assertEquals(List.of(), names(MethodSets.of(typeOf(p, "b"))));
        Info.Selection v = MethodSets.of(typeOf(p, "op")).get(1);
        assertEquals(List.of(0, 0), v.index());
        assertTrue(v.indirect());
    }

    /** Expectations from go/types' NewMethodSet on the same declarations. */
    @Test
    void methodSetsAgreeWithGoTypes() {
        Package p = check("""
                type In struct{}
                func (In) V() {}
                func (*In) P() {}
                type I interface{ M(); V() }
                type Out struct{ In; x int }
                func (Out) Own() {}
                type Other struct{}
                func (Other) V() {}
                type Deep struct{ Out; I }
                type F struct{ In; V int }
                type G struct{ F; Other }
                """);
        Type deep = p.scope().lookup("Deep").type(), g = p.scope().lookup("G").type();
        assertEquals(List.of("M[1, 0]", "Own[0, 0]", "V[1, 1]"), paths(MethodSets.of(deep)));
        assertEquals(List.of("M[1, 0]", "Own[0, 0]", "P[0, 0, 1]", "V[1, 1]"), paths(MethodSets.of(new Type.Pointer(deep))));
        assertEquals(List.of(), paths(MethodSets.of(g)));
        assertEquals(List.of("P[0, 0, 1]"), paths(MethodSets.of(new Type.Pointer(g))));
    }

    private static List<String> paths(List<Info.Selection> sels) {
        return sels.stream().map(s -> s.obj().name() + s.index()).toList();
    }

    private static List<String> names(List<Info.Selection> sels) {
        return sels.stream().map(s -> s.obj().name()).toList();
    }
}

package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hash and equality function each kind of key gets, and that generated ones build and pass the SSA checker. */
class AlgsTest {
    private static final Package PKG = check("""
            package p

            type Plain struct{ a, b int32 }
            type Padded struct {
            	a int8
            	b int64
            }
            type Blank struct {
            	a int64
            	_ int64
            }
            type Mixed struct {
            	s string
            	f float64
            	e any
            	n [3]Padded
            }
            type Bad struct{ s []int }
            """);

    private static Package check(String src) {
        Diagnostics diags = new Diagnostics();
        File f = Parser.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("p", List.of(f), (path, pos) -> null, diags);
        assertEquals(List.of(), diags.sorted());
        return p;
    }

    private static Type type(String name) {
        return PKG.scope().lookup(name).type();
    }

    private static String hash(Type t) {
        Algs.Alg a = Algs.hash(t);
        return a.name() + (a.generated() ? " (generated)" : "");
    }

    @Test
    void plainMemoryOfOneWordOrLessUsesTheRuntimesMemoryFunctions() {
        assertEquals("runtime.memhash64", hash(Universe.INT));
        assertEquals("runtime.memhash8", hash(Universe.BOOL));
        assertEquals("runtime.memhash64", hash(type("Plain")));
        assertEquals("runtime.memhash0", hash(new Type.Struct(List.of(), List.of())));
        assertEquals("runtime.memequal32", Algs.equal(new Type.Array(Universe.UINT16, 2)).name());
        assertEquals("runtime.memhash64", hash(new Type.Pointer(Universe.INT)));
    }

    @Test
    void floatsStringsAndInterfacesUseTheirOwn() {
        assertEquals("runtime.f64hash", hash(Universe.FLOAT64));
        assertEquals("runtime.c64equal", Algs.equal(Universe.COMPLEX64).name());
        assertEquals("runtime.strhash", hash(Universe.STRING));
        assertEquals("runtime.nilinterequal", Algs.equal(((Type.Struct) type("Mixed").underlying()).fields().get(2).type()).name());
    }

    @Test
    void otherStructsAndArraysGetGeneratedFunctions() {
        assertEquals("type..hash.p.Padded (generated)", hash(type("Padded")));
        assertEquals("type..hash.p.Blank (generated)", hash(type("Blank")));
        assertEquals("type..hash.[3]int64 (generated)", hash(new Type.Array(Universe.INT64, 3)));
        assertEquals("type..eq.p.Mixed", Algs.equal(type("Mixed")).name());
    }

    @Test
    void typesWithoutEqualityHaveNone() {
        assertNull(Algs.hash(type("Bad")));
        assertNull(Algs.equal(new Type.Slice(Universe.INT)));
        assertNull(Algs.hash(new Type.Array(type("Bad"), 2)));
    }

    @Test
    void generatedFunctionsPassTheCheckerAfterEveryPassAndAskForTheirParts() {
        List<String> needed = new ArrayList<>();
        for (boolean hash : new boolean[] {true, false}) {
            Algs.Alg a = hash ? Algs.hash(type("Mixed")) : Algs.equal(type("Mixed"));
            Func f = Algs.build(PKG, a, part -> needed.add(part.name()));
            Passes.run(f, PassOptions.DEFAULT.withCheck(true));
        }
        assertEquals(List.of("type..hash.[3]p.Padded", "type..eq.[3]p.Padded"), needed);
    }
}

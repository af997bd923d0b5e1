package dev.jgo.abi.gotypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Layout;
import dev.jgo.abi.Signature;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the compiler will rely on beyond what {@code jgo tool abi} can show: types of imported
 * packages are spelled with their package name, and a type converted twice is the same object.
 */
class TypeAdapterTest {
    private static Package check(String path, String src, Package imported) {
        Diagnostics diags = new Diagnostics();
        var file = Parser.parse(path + ".go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check(path, List.of(file), (importPath, pos) -> imported, diags);
        assertFalse(diags.hasErrors(), diags.sorted().toString());
        return p;
    }

    private static final Package GEO = check("example.com/geo", """
            package geo
            type Point struct{ X, Y float64 }
            type Visit func(p *Point) error
            type Ring struct{ next *Ring; at Point }
            """, null);

    private static final Package MAIN = check("main", """
            package main
            import "example.com/geo"
            type local [2]geo.Point
            func F(p geo.Point, v geo.Visit, r geo.Ring, l local) (n int, err error) { return }
            """, GEO);

    private static Signature signatureOfF(TypeAdapter adapter) {
        return adapter.signature(((Obj.Func) MAIN.scope().lookup("F")).signature());
    }

    @Test
    void importedTypesAreSpelledWithTheirPackageName() {
        Signature s = signatureOfF(new TypeAdapter(MAIN));
        assertEquals("func(p geo.Point, v geo.Visit, r geo.Ring, l local) (n int, err error)", s.goString());
        AbiType ring = s.params().get(2).type();
        assertEquals("struct{ next *geo.Ring; at geo.Point }", ((AbiType.Named) ring).underlying().goString());
        assertEquals(24, Layout.size(ring));
    }

    @Test
    void theLocalPackagesTypesAreSpelledBare() {
        Type visit = GEO.scope().lookup("Visit").type().underlying();
        assertEquals("func(p *Point) error", new TypeAdapter(GEO).signature((Type.Signature) visit).goString());
    }

    @Test
    void aTypeMetInsideACycleIsConvertedAgainOnItsOwn() {
        Package p = check("cycle", """
                package cycle
                type N struct{ p *M }
                type M struct{ n N; x int32 }
                func F(a N, b M) {}
                """, null);
        Signature s = new TypeAdapter(p).signature(((Obj.Func) p.scope().lookup("F")).signature());
        assertEquals("struct{ n N; x int32 }", ((AbiType.Named) s.params().get(1).type()).underlying().goString());
        assertEquals(16, Layout.size(s.params().get(1).type()));
    }

    @Test
    void aDefinedTypeIsConvertedOnce() {
        TypeAdapter adapter = new TypeAdapter(MAIN);
        Signature a = signatureOfF(adapter), b = signatureOfF(adapter);
        // every parameter of F has a defined type
        for (int i = 0; i < a.params().size(); i++) assertSame(a.params().get(i).type(), b.params().get(i).type());
    }
}

package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.ssa.DumpConfig;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the SSA as built, the dump hook, and constructs that are not supported yet. */
class BuildTest {
    private static final String COUNT = """
            package main

            func count(s []int, x int) (n int) {
            	for _, v := range s {
            		if v == x {
            			n++
            		}
            	}
            	return
            }
            """;

    private record Built(List<Func> funcs, Diagnostics diags, String dump) {}

    private static Built compile(String src, String debug) {
        Diagnostics diags = new Diagnostics();
        File file = Parser.parse("prog.go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("main", List.of(file), (path, pos) -> null, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PassOptions options = PassOptions.parse(debug, true, DumpConfig.toStream(new PrintStream(out, true, StandardCharsets.UTF_8)));
        List<Func> funcs = SsaGen.compile(p, List.of(file), options.withCheck(true), diags);
        return new Built(funcs, diags, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBuildDumpShowsLoopPhisAndWholeValueCalls() {
        Built b = compile(COUNT, "ssa/build/dump=count");
        assertEquals("""
                # count after build
                count func([]int, int) int
                  b1:
                    (3) v1 = InitMem <mem>
                    (3) v2 = SP <uintptr>
                    (3) v3 = SB <uintptr>
                    (3) v4 = Arg <[]int> {s}
                    (3) v5 = Arg <int> {x}
                    (3) v6 = Const64 <int> [0]
                    (4) v7 = SlicePtr <*int> v4
                    (4) v8 = SliceLen <int> v4
                    (4) v11 = Const64 <int> [1]
                    (4) v13 = Const64 <int> [8]
                    Plain -> b2
                  b2: <- b1 b4
                    (4) v9 = Phi <int> v6 v12
                    (6) v20 = Phi <int> v6 v25
                    (4) v10 = Less64 <bool> v9 v8
                    (4) v16 = Copy <mem> v1
                    (5) v18 = Copy <int> v5
                    If v10 -> b3 b5 (likely)
                  b3: <- b2
                    (4) v12 = Add64 <int> v9 v11
                    (4) v14 = Mul64 <int> v9 v13
                    (4) v15 = AddPtr <*int> v7 v14
                    (4) v17 = Load <int> v15 v16
                    (5) v19 = Eq64 <bool> v17 v18
                    If v19 -> b6 b7
                  b4: <- b7
                    Plain -> b2
                  b5: <- b2
                    (9) v26 = MakeResult <(int,mem)> v20 v16
                    Ret v26
                  b6: <- b3
                    (6) v21 = Add64 <int> v20 v11
                    Plain -> b7
                  b7: <- b3 b6
                    (4) v25 = Phi <int> v20 v21
                    (4) v22 = Copy <int> v12
                    (4) v23 = Copy <mem> v16
                    (4) v24 = Copy <int> v18
                    Plain -> b4
                """, b.dump(), "the loop counter and n get phis; memory and x, unchanged in the loop, do not: their trivial phis became copies");
    }

    @Test
    void passesRunAfterConstructionAndDumpUnderGcsPassNames() {
        Built b = compile(COUNT, "ssa/opt/dump=count,ssa/generic_cse/dump=count");
        assertTrue(b.dump().contains("# count after opt\n"), b.dump());
        assertTrue(b.dump().contains("# count after generic cse\n"), b.dump());
        assertFalse(b.dump().contains("Copy"), "copies are gone after the early passes:\n" + b.dump());
    }

    @Test
    void functionsAndVariablesOfImportedPackagesAreNamedByTheirImportPath() {
        Diagnostics diags = new Diagnostics();
        File libFile = Parser.parse("lib.go", """
                package lib

                var Count int

                func Twice(x int) int { return 2 * x }
                """.getBytes(StandardCharsets.UTF_8), diags);
        Package lib = Checker.check("example.com/m/lib", List.of(libFile), (path, pos) -> null, diags);
        File mainFile = Parser.parse("prog.go", """
                package main

                import "example.com/m/lib"

                func main() {
                	lib.Count = lib.Twice(lib.Count)
                	f := lib.Twice
                	_ = f
                }
                """.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("main", List.of(mainFile), (path, pos) -> lib, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        String dump = dev.jgo.ssa.Printer.print(SsaGen.build(p, List.of(mainFile), diags).getFirst());
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        assertTrue(dump.contains("Addr <*int> {example.com/m/lib.Count}"), dump);
        assertTrue(dump.contains("StaticLECall <(int,mem)> {AuxCall{example.com/m/lib.Twice}}"), dump);
        assertTrue(dump.contains("Addr <func(int) int> {example.com/m/lib.Twice·f}"), dump);
    }

    @Test
    void unsupportedConstructsAreReportedAtTheirPositionAndOtherFunctionsStillBuild() {
        Built b = compile("""
                package main

                func f() int {
                	defer h()
                	return 1
                }

                func g(c chan int) { c <- 1 }

                func h() int { return 2 }
                """, "ssa/check/on");
        assertEquals("[prog.go:4:2: defer statement is not supported yet by jgo's SSA construction, "
                + "prog.go:8:22: send statement is not supported yet by jgo's SSA construction]",
                b.diags().sorted().toString());
        assertEquals(List.of("h"), b.funcs().stream().map(Func::name).toList());
    }
}

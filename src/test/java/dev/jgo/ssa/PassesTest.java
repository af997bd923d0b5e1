package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.types.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassesTest {
    /** Stores (2+3)*x twice: folding and CSE both have work. */
    private static Built sample(String name) {
        return func(name,
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuI("two", Const64, INT, 2),
                        valuI("three", Const64, INT, 3),
                        valu("sum", Add64, INT, "two", "three"),
                        valu("p1", Mul64, INT, "sum", "x"),
                        valu("p2", Mul64, INT, "x", "sum"),
                        valu("sp", SP, new Type.Pointer(INT)),
                        valuA("st1", Store, MEM, 0, INT, "sp", "p1", "mem"),
                        valuA("st2", Store, MEM, 0, INT, "sp", "p2", "st1"),
                        ret("st2")));
    }

    @Test
    void theTableRunsInGcOrderWithUniqueNames() {
        List<String> names = Passes.TABLE.stream().map(Pass::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size());
        assertTrue(names.indexOf("opt") < names.indexOf("generic cse"));
        assertTrue(names.indexOf("generic cse") < names.indexOf("nilcheckelim"));
        assertEquals("critical", names.getLast(), "critical edges stay split for register allocation");
    }

    @Test
    void optimizingFoldsAndMerges() {
        Built b = sample("f");
        Passes.run(b.f(), PassOptions.DEFAULT.withCheck(true));
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (2) v2 = Arg <int> {x}
                    (5) v5 = Const64 <int> [5]
                    (6) v6 = Mul64 <int> v5 v2
                    (8) v8 = SP <*int>
                    (9) v9 = Store <mem> {int} v8 v6 v1
                    (10) v10 = Store <mem> {int} v8 v6 v9
                    Ret v10
                """, Printer.print(b.f()));
    }

    @Test
    void withoutOptimizationOnlyRequiredPassesRun() {
        Built b = sample("f");
        Passes.run(b.f(), new PassOptions(false, true, Set.of(), DumpConfig.NONE));
        assertEquals("v5 = Add64 <int> v3 v4", b.v("sum").longString(), "-N: nothing folded");
    }

    @Test
    void dumpsGoToFilesNamedLikeGcs(@TempDir Path dir) throws IOException {
        Built b = sample("f");
        PassOptions options = PassOptions.parse("ssa/build/dump=f,ssa/generic_cse/dump=f,ssa/opt/dump=g",
                true, DumpConfig.toDirectory(dir));
        Passes.run(b.f(), options);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("f_01__build.dump", "f_02__generic_cse.dump"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String built = Files.readString(dir.resolve("f_01__build.dump"));
        assertTrue(built.startsWith("f\n  b1:\n    (1) v1 = InitMem <mem>\n"), built);
        assertTrue(built.contains("v5 = Add64 <int> v3 v4"), built);
        String afterCse = Files.readString(dir.resolve("f_02__generic_cse.dump"));
        assertTrue(afterCse.contains("v7 = Mul64 <int> v5 v2") && afterCse.contains("Store <mem> {int} v8 v6 v9"),
                "after CSE the second store uses the first product\n" + afterCse);
    }

    @Test
    void dumpsOfAllPassesGoToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PassOptions options = PassOptions.parse("ssa/all/dump=f", true,
                DumpConfig.toStream(new PrintStream(out, true, StandardCharsets.UTF_8)));
        Passes.run(sample("f").f(), options);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# f after build\nf\n"), text);
        for (Pass p : Passes.TABLE) assertTrue(text.contains("# f after " + p.name() + "\n"), p.name());
    }

    @Test
    void passesCanBeSwitchedOffButNotRequiredOnes() {
        Built b = sample("f");
        Passes.run(b.f(), PassOptions.parse("ssa/opt/off,ssa/check/on", true, DumpConfig.NONE));
        assertEquals("v5 = Add64 <int> v3 v4", b.v("sum").longString());
        assertEquals("Cannot disable required SSA phase critical using -d=ssa/critical debug option",
                assertThrows(IllegalArgumentException.class,
                        () -> PassOptions.parse("ssa/critical/off", true, DumpConfig.NONE)).getMessage());
        assertEquals("Did not find a phase matching nosuch in -d=ssa/... debug option",
                assertThrows(IllegalArgumentException.class,
                        () -> PassOptions.parse("ssa/nosuch/dump=f", true, DumpConfig.NONE)).getMessage());
        assertEquals("Did not find a flag matching fast in -d=ssa/opt debug option",
                assertThrows(IllegalArgumentException.class,
                        () -> PassOptions.parse("ssa/opt/fast", true, DumpConfig.NONE)).getMessage());
    }

    @Test
    void theCheckerNamesThePassThatBrokeAnInvariant() {
        Built b = sample("f");
        b.b("entry").newValue(b.v("x").pos(), Neg64, INT);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Passes.run(b.f(), new PassOptions(true, false, Set.of(), DumpConfig.NONE).withCheck(true)));
        assertTrue(e.getMessage().contains("has 0 args, wants 1"), e.getMessage());
    }
}

package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.asm.Assembler;
import dev.jgo.build.LoadedPackage;
import dev.jgo.build.Loader;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssagen.SsaGen;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's Go code type-checks with jgo's front end and stays within what jgo's SSA
 * construction supports (every function builds and passes the generic passes with checks);
 * its assembly assembles.
 */
class RuntimeCheckTest {
    @Test
    void goFilesTypeCheck() {
        Diagnostics d = new Diagnostics();
        assertFalse(new Loader(RuntimeSources.STD, d).importPackage("runtime", Pos.NONE) == null);
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void everyFunctionBuildsToCheckedSsa() {
        Diagnostics d = new Diagnostics();
        Loader loader = new Loader(RuntimeSources.STD, d);
        loader.importPackage("runtime", Pos.NONE);
        LoadedPackage rt = loader.packages().getLast();
        assertEquals("runtime", rt.path());
        List<Func> funcs = SsaGen.compile(rt.types(), rt.files(), PassOptions.DEFAULT.withCheck(true), d);
        assertEquals(List.of(), d.sorted());
        assertTrue(funcs.size() >= 80, "functions built: " + funcs.size());
        // Nothing calls the runtime's package initializer: its variables must start out zero.
        assertEquals(List.of(), funcs.stream().map(Func::name).filter(n -> n.equals("init")).toList());
    }

    @Test
    void assemblyFilesAssemble() throws Exception {
        List<Path> files = RuntimeSources.files(".s");
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Diagnostics d = new Diagnostics();
            Assembler.Result r = RuntimeSources.assemble(f, d);
            assertEquals(List.of(), d.sorted(), f.toString());
            assertFalse(r.functions().isEmpty(), f.toString());
        }
    }
}

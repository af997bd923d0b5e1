package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jgo.asm.Assembler;
import dev.jgo.build.Loader;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime's Go code type-checks with jgo's front end and its assembly assembles. */
class RuntimeCheckTest {
    @Test
    void goFilesTypeCheck() {
        Diagnostics d = new Diagnostics();
        assertFalse(new Loader(RuntimeSources.STD, d).importPackage("runtime", Pos.NONE) == null);
        assertEquals(List.of(), d.sorted());
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

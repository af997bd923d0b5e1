package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.obj.Abi;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code //go:nosplit} as gc has it: the function gets no stack check and no morestack path, its
 * twin without the directive keeps both. Seen in the symbols {@link Builder#compileProgram}
 * returns unlinked.
 */
class NosplitTest {
    private static final String PROGRAM = """
            package main

            //go:nosplit
            func f(a [64]int) int {
            	b := a
            	keep(&b)
            	return b[3]
            }

            func h(a [64]int) int {
            	b := a
            	keep(&b)
            	return b[3]
            }

            //go:noinline
            func keep(p *[64]int) {}

            func main() {
            	println(f([64]int{3: 1}) + h([64]int{}))
            }
            """;

    @TempDir Path dir;

    @Test
    void onlyTheNosplitFunctionLacksTheStackCheck() throws Exception {
        Path src = dir.resolve("main.go");
        Files.writeString(src, PROGRAM);
        Diagnostics diags = new Diagnostics();
        List<Symbol> symbols = new Builder(false, PassOptions.DEFAULT, false, diags).compileProgram(List.of(src.toString()));
        assertNotNull(symbols, () -> diags.sorted().toString());
        Symbol f = find(symbols, "main.f"), h = find(symbols, "main.h");
        assertEquals(List.of(true, false), List.of(f.has(SymFlag.NOSPLIT), callsMorestack(f)));
        assertEquals(List.of(false, true), List.of(h.has(SymFlag.NOSPLIT), callsMorestack(h)));
    }

    private static Symbol find(List<Symbol> symbols, String name) {
        SymRef ref = SymRef.func(name, Abi.INTERNAL);
        return symbols.stream().filter(s -> s.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static boolean callsMorestack(Symbol s) {
        return s.relocs().stream().anyMatch(r -> r.target().name().startsWith("runtime.morestack"));
    }
}

package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.syntax.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hook a declaration check (asmdecl) plugs into: every TEXT with its FP references. */
class FrameCheckerTest {
    @Test
    void checkerSeesEachFunctionsArgumentReferencesAsWritten() {
        List<String> seen = new ArrayList<>();
        FrameChecker recorder = (text, use, d) -> seen.add(text.ref().name() + " $" + text.frame() + "-" + text.argSize() + " "
                + use.refs().stream().map(r -> r.mnemonic() + " " + r.name() + "+" + r.offset() + "@" + r.pos().line()).toList());
        Diagnostics d = new Diagnostics();
        Assembler.assemble(Path.of("testdata/asm/frames.s"), new Assembler.Options("main", false, List.of(AsmRunner.INCLUDE),
                Assembler.BUILD_DEFINES, recorder), d);
        assertEquals(0, d.count());
        assertEquals("main.add $0-24 [MOVQ a+0@6, MOVQ b+8@7, MOVQ ret+16@9]", seen.get(0));
        assertEquals("main.leaf $16-24 [MOVQ a+0@14, MOVQ ret+16@18]", seen.get(1));
    }

    @Test
    void checkerErrorsAreReported() {
        FrameChecker strict = (text, use, d) -> use.refs().stream().filter(r -> r.name().equals("ret"))
                .forEach(r -> d.error(r.pos(), "invalid offset " + r.name() + "+" + r.offset() + "(FP)"));
        Diagnostics d = new Diagnostics();
        Assembler.assemble(Path.of("testdata/asm/frames.s"), new Assembler.Options("main", false, List.of(AsmRunner.INCLUDE),
                Assembler.BUILD_DEFINES, strict), d);
        assertEquals("testdata/asm/frames.s:9: invalid offset ret+16(FP)", d.sorted().getFirst().toString());
    }
}

package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preprocessor's output tokens, spelled back with spaces between them and "|" for newlines. */
class PreprocessorTest {
    @TempDir
    Path dir;

    private String run(String src, Path... includeDirs) throws IOException {
        Path f = dir.resolve("x.s");
        Files.writeString(f, src);
        return text(Preprocessor.run(f, List.of(includeDirs), Map.of("PRE", "7")));
    }

    /** Directive lines leave nothing, not even their newline; the lexer ends every file with a newline. */
    private static String text(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() != Token.Kind.EOF)
                .map(t -> t.kind() == Token.Kind.NEWLINE ? "|" : t.spelling()).collect(Collectors.joining(" "))
                .replaceAll(" \\|$", "");
    }

    private AsmError error(String src) {
        return assertThrows(AsmError.class, () -> run(src));
    }

    /** A generated go_asm.h is found by name, unless the file's own directory has one (as gc's build finds it). */
    @Test
    void generatedHeadersComeAfterTheFilesDirectory() throws IOException {
        Path f = dir.resolve("x.s");
        Files.writeString(f, "#include \"go_asm.h\"\nMOVQ $const_n, AX\n");
        Map<String, String> headers = Map.of("go_asm.h", "#define const_n 42\n");
        assertEquals("| MOVQ $ 42 , AX |", text(Preprocessor.run(f, List.of(), headers, Map.of())));
        Files.writeString(dir.resolve("go_asm.h"), "#define const_n 1\n");
        assertEquals("| MOVQ $ 1 , AX |", text(Preprocessor.run(f, List.of(), headers, Map.of())));
    }

    @Test
    void objectAndFunctionLikeMacros() throws IOException {
        assertEquals("MOVQ $ 7 , AX |", run("MOVQ $PRE, AX\n"));
        assertEquals("ADDQ ( 1 , 2 ) , AX |", run("#define F(a, b) ADDQ a, b\nF((1, 2), AX)\n"));
        assertEquals("( x ) |", run("#define F (x)\nF\n"));
        assertEquals("G |", run("#define G(x) x\nG\n"));
        assertEquals("1 + 1 |", run("#define ONE 1\n#define TWO ONE + ONE\nTWO\n"));
    }

    @Test
    void multiLineMacrosBecomeSeveralStatements() throws IOException {
        assertEquals("NOP | RET |", run("#define BOTH NOP \\\n\tRET\nBOTH\n"));
    }

    @Test
    void conditionalsNest() throws IOException {
        String src = "#ifdef PRE\n#ifndef PRE\nA\n#else\nB\n#endif\n#else\nC\n#endif\n";
        assertEquals("B |", run(src));
    }

    @Test
    void includesSearchTheFileDirectoryThenIncludeDirs() throws IOException {
        Path inc = Files.createDirectories(dir.resolve("inc"));
        Files.writeString(inc.resolve("a.h"), "#define FROM_INC 1\n");
        Files.writeString(dir.resolve("b.h"), "#define LOCAL 2\n");
        assertEquals("| | 1 2 |", run("#include \"a.h\"\n#include \"b.h\"\nFROM_INC LOCAL\n", inc));
    }

    @Test
    void tokensKeepTheirFileAndLine() throws IOException {
        Files.writeString(dir.resolve("h.h"), "\n\nNOP\n");
        Path f = dir.resolve("y.s");
        Files.writeString(f, "/* one\n two */\n#include \"h.h\"\nRET\n");
        List<Token> tokens = Preprocessor.run(f, List.of(), Map.of());
        Token nop = tokens.stream().filter(t -> t.text().equals("NOP")).findFirst().orElseThrow();
        Token ret = tokens.stream().filter(t -> t.text().equals("RET")).findFirst().orElseThrow();
        assertEquals(dir.resolve("h.h") + ":3", nop.pos().toString());
        assertEquals(f + ":4", ret.pos().toString());
    }

    @Test
    void errorsArePositioned() {
        assertEquals("unterminated arg list invoking macro: F", error("#define F(x) x\nF(1, 2\n").getMessage());
        assertEquals(2, error("#define F(x) x\nF(1, 2\n").pos().line());
        assertEquals("unmatched #else", error("#else\n").getMessage());
        assertEquals("bad syntax in definition for macro: F", error("#define F(a b) a\n").getMessage());
        assertEquals("duplicate argument a in definition for macro: F", error("#define F(a, a) a\n").getMessage());
        assertEquals("unexpected token after '#': pragma", error("#pragma once\n").getMessage());
    }

    @Test
    void includingItselfIsInputRecursion() throws IOException {
        Path f = dir.resolve("self.s");
        Files.writeString(f, "#include \"self.s\"\n");
        AsmError e = assertThrows(AsmError.class, () -> Preprocessor.run(f, List.of(), Map.of()));
        assertEquals("input recursion", e.getMessage());
        assertEquals(1, e.pos().line());
    }

    @Test
    void lexerLiterals() throws IOException {
        assertEquals("'\n' \"a\tb\" 0x1F 1.5e3 '\u00e9' |", run("'\\n' \"a\\tb\" 0x1F 1.5e3 '\\u00e9'\n"));
    }
}

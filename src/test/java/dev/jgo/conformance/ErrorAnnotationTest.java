package dev.jgo.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Pos;
import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** The harness reads annotations and judges errors as gc's harness does; a wrong harness misleads everyone. */
class ErrorAnnotationTest {
    private static final String SRC = String.join("\n",
            "package p",
            "var a = b // ERROR \"undefined: b\"",
            "var c int = \"s\" // GC_ERROR \"cannot use\" \"string\"",
            "var d = e // GCCGO_ERROR \"gccgo only\"",
            "var f = g //// ERROR \"disabled\"",
            "var h = i /* ERROR \"block form\" */",
            "type T struct{ T } // ERROR \"invalid recursive type T\\n\\tLINE: T refers to\\n\\tLINE-6: T$\"",
            "");

    @Test
    void readsTheAnnotationFormsGcsHarnessReads() {
        List<ErrorAnnotation> wants = ErrorAnnotation.of(SRC, "x.go");
        assertEquals(List.of(
                new ErrorAnnotation(2, "undefined: b"),
                new ErrorAnnotation(3, "cannot use"),
                new ErrorAnnotation(3, "string"),
                new ErrorAnnotation(6, "block form"),
                new ErrorAnnotation(7, "invalid recursive type T\\n\\tx.go:7: T refers to\\n\\tx.go:1: T$")), wants);
    }

    @Test
    void passesOnlyWithErrorsOnExactlyTheAnnotatedLines() {
        List<ErrorAnnotation> wants = ErrorAnnotation.of(SRC, "x.go");
        List<Diagnostic> right = new ArrayList<>(List.of(err(2, "undefined: b"), err(3, "cannot use \"s\" as int value"),
                err(3, "a string"), err(6, "undefined: i"), err(7, "invalid recursive type T\n\tx.go:7: T refers to\n\tx.go:1: T")));
        ErrorcheckVerdict v = ErrorcheckVerdict.judge("x.go", wants, right);
        assertTrue(v.linesMatch(), v.reason());
        assertFalse(v.patternsMatch(), "line 6 says 'undefined: i', not 'block form'");

        right.set(3, err(6, "a block form error"));
        assertTrue(ErrorcheckVerdict.judge("x.go", wants, right).patternsMatch());
        assertFalse(ErrorcheckVerdict.judge("x.go", wants, right.subList(0, 2)).linesMatch());

        List<Diagnostic> oneForTwo = new ArrayList<>(right);
        oneForTwo.remove(2);
        assertFalse(ErrorcheckVerdict.judge("x.go", wants, oneForTwo).patternsMatch(), "two patterns on a line need two errors");

        List<Diagnostic> missing = right.subList(1, right.size());

        assertEquals("line 2: missing error \"undefined: b\"", ErrorcheckVerdict.judge("x.go", wants, missing).reason());

        List<Diagnostic> extra = new ArrayList<>(right);
        extra.add(err(4, "undefined: e"));
        assertEquals("line 4: unexpected error: undefined: e", ErrorcheckVerdict.judge("x.go", wants, extra).reason());
    }

    @Test
    void goRegexBracesThatAreNoRepetitionAreLiteral() {
        assertTrue(new ErrorAnnotation(1, "cannot use T0{} \\(type T0\\)").matches("cannot use T0{} (type T0) as N0"));
        assertTrue(new ErrorAnnotation(1, "struct ?{}{} .* not used").matches("struct{}{} (value) is not used"));
        assertTrue(new ErrorAnnotation(1, "a{2}b[{]").matches("aab{"));
        assertFalse(new ErrorAnnotation(1, "a{2}b").matches("ab"));
    }

    @Test
    void everyPatternOfTheSuiteCompilesAsAJavaRegex() {
        Path testDir = GoOracle.testDir().orElse(null);
        assumeTrue(testDir != null, "GOROOT/test of Go 1.19 is not installed");
        List<String> bad = new ArrayList<>();
        for (SuiteFile f : SuiteFile.all(testDir)) {
            if (!f.is("errorcheck")) continue;
            for (ErrorAnnotation w : ErrorAnnotation.of(f.source(), f.path().getFileName().toString())) {
                try {
                    Pattern.compile(ErrorAnnotation.javaRegex(w.pattern()));
                } catch (PatternSyntaxException e) {
                    bad.add(f.name() + ":" + w.line() + ": " + w.pattern());
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    private static Diagnostic err(int line, String message) {
        return new Diagnostic(new Pos("x.go", line, 1), message);
    }
}

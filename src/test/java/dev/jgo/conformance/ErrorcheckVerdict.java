package dev.jgo.conformance;

import dev.jgo.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How jgo's errors for an errorcheck test compare with the test's annotations.
 *
 * @param linesMatch    jgo reported an error on every annotated line and on no other line
 * @param patternsMatch besides, the errors satisfy the patterns as gc's harness demands: each
 *                      pattern matches an error on its line, and each error is matched by a
 *                      pattern on its line
 * @param reason        the first thing wrong: with the lines, or else with the patterns; empty when
 *                      both match
 */
public record ErrorcheckVerdict(boolean linesMatch, boolean patternsMatch, String reason) {

    /**
     * Judges the errors jgo reported for the test file at path against its annotations. As in
     * gc's harness, an error belongs to the file when its position's file has the file's base name,
     * whatever the directory ({@code //line} directives may name the file without one), and the
     * messages are matched with the file's path shortened to that base name (gc's harness compiles
     * in the test's directory, so positions inside messages read {@code file.go:12}).
     */
    public static ErrorcheckVerdict judge(String path, List<ErrorAnnotation> wants, List<Diagnostic> errors) {
        String shortName = baseName(path);
        for (Diagnostic d : errors) {
            if (!d.pos().isKnown() || !baseName(d.pos().file()).equals(shortName)) {
                return new ErrorcheckVerdict(false, false, "error outside the file: " + d);
            }
        }
        Set<Integer> wanted = new TreeSet<>();
        wants.forEach(w -> wanted.add(w.line()));
        Set<Integer> got = new TreeSet<>();
        errors.forEach(d -> got.add(d.pos().line()));
        for (ErrorAnnotation w : wants) {
            if (!got.contains(w.line())) {
                return new ErrorcheckVerdict(false, false, "line " + w.line() + ": missing error \"" + w.pattern() + "\"");
            }
        }
        for (Diagnostic d : errors) {
            if (!wanted.contains(d.pos().line())) {
                return new ErrorcheckVerdict(false, false, "line " + d.pos().line() + ": unexpected error: " + d.message());
            }
        }
        if (wants.isEmpty()) return new ErrorcheckVerdict(false, false, "no annotations and no errors");
        String wording = patternMismatch(wants, errors.stream()
                .map(d -> new Diagnostic(d.pos(), d.message().replace(path, shortName))).toList());
        return new ErrorcheckVerdict(true, wording == null, wording == null ? "" : wording);
    }

    private static String baseName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /**
     * gc's harness's rule: each pattern, in turn, consumes the errors of its line that it matches
     * and needs at least one; whatever error no pattern consumed is unexpected. Returns the first
     * mismatch, or null.
     */
    private static String patternMismatch(List<ErrorAnnotation> wants, List<Diagnostic> errors) {
        List<Diagnostic> left = new ArrayList<>(errors);
        for (ErrorAnnotation w : wants) {
            boolean matched = false;
            for (Iterator<Diagnostic> it = left.iterator(); it.hasNext(); ) {
                Diagnostic d = it.next();
                if (d.pos().line() == w.line() && w.matches(d.message())) {
                    it.remove();
                    matched = true;
                }
            }
            if (!matched) {
                String got = errors.stream().filter(d -> d.pos().line() == w.line()).map(Diagnostic::message).findFirst().orElse("");
                return "line " + w.line() + ": no error matches \"" + w.pattern() + "\" (got: " + got + ")";
            }
        }
        return left.isEmpty() ? null : "line " + left.get(0).pos().line() + ": no pattern matches error: " + left.get(0).message();
    }
}

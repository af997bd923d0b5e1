package dev.jgo.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error an errorcheck test expects: on this line, an error whose message the pattern (a Go
 * regular expression, searched for anywhere in the message) matches.
 *
 * <p>The annotations, as gc's harness reads them: a line comment {@code // ERROR "re" "re2"...}
 * (or {@code // GC_ERROR}, gc's own expectation where gccgo differs; a block comment
 * {@code /* ERROR "re" *\/} is read the same way) expects one error per quoted pattern on its
 * line. {@code GCCGO_ERROR} is gccgo's and ignored; a line containing {@code ////} is disabled.
 * Inside a pattern, {@code LINE}, {@code LINE+n} and {@code LINE-n} stand for {@code file.go:n},
 * the file's base name and a line number relative to the annotated line.
 */
public record ErrorAnnotation(int line, String pattern) {
    private static final Pattern ANNOTATION = Pattern.compile("(?://|/\\*) (?:GC_)?ERROR (.*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern REPETITION = Pattern.compile("\\{[0-9]+(,[0-9]*)?}");
    private static final Pattern LINE_REF = Pattern.compile("LINE(?:([+-])([0-9]+))?");

    /** The expected errors of a source file whose base name is shortName, in line order. */
    public static List<ErrorAnnotation> of(String source, String shortName) {
        List<ErrorAnnotation> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNum = i + 1;
            if (lines[i].contains("////")) continue;
            Matcher m = ANNOTATION.matcher(lines[i]);
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) out.add(new ErrorAnnotation(lineNum, resolveLineRefs(q.group(1), shortName, lineNum)));
        }
        return out;
    }

    /** Whether the pattern matches somewhere in message; a pattern Java cannot compile matches nothing. */
    public boolean matches(String message) {
        try {
            return Pattern.compile(javaRegex(pattern)).matcher(message).find();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    /**
     * A Go (RE2) regular expression as a Java one. The suite's patterns use one construct the two
     * read differently: a brace that does not start a repetition ({@code T{}}) is a literal in Go
     * and a syntax error in Java, so it is escaped.
     */
    static String javaRegex(String goRegex) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < goRegex.length(); i++) {
            char c = goRegex.charAt(i);
            if (c == '\\' && i + 1 < goRegex.length()) {
                out.append(c).append(goRegex.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '{' && !inClass && !REPETITION.matcher(goRegex).region(i, goRegex.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String resolveLineRefs(String pattern, String shortName, int lineNum) {
        return LINE_REF.matcher(pattern).replaceAll(r -> {
            int n = lineNum;
            if (r.group(1) != null) {
                int delta = Integer.parseInt(r.group(2));
                n += r.group(1).equals("+") ? delta : -delta;
            }
            return Matcher.quoteReplacement(shortName + ":" + n);
        });
    }
}

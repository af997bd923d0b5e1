package dev.jgo.conformance;

import dev.jgo.build.JgoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The import paths a Go source file declares, read with a few lines of lexing rather than jgo's
 * parser: the runners decide which programs are eligible before (and regardless of whether) the
 * front end under test can parse them.
 */
final class ImportList {
    private final String src;
    private int at;

    private ImportList(String src) {
        this.src = src;
    }

    /** The paths of the file's import declarations, in order. */
    static List<String> of(String source) {
        ImportList s = new ImportList(source);
        List<String> paths = new ArrayList<>();
        if (!s.next().equals("package")) return paths;
        s.next();
        for (String tok = s.next(); tok.equals("import") || tok.equals(";"); tok = s.next()) {
            if (!tok.equals("import")) continue;
            tok = s.next();
            if (tok.equals("(")) {
                for (tok = s.next(); !tok.equals(")") && !tok.isEmpty(); tok = s.next()) {
                    if (isString(tok)) paths.add(unquote(tok));
                }
            } else {
                if (!isString(tok)) tok = s.next();
                if (isString(tok)) paths.add(unquote(tok));
            }
        }
        return paths;
    }

    /** Whether every import of the file is in jgo's standard library (src/main/go) or is unsafe, which the checker supplies. */
    static boolean allResolve(String source) {
        Path std = JgoRoot.std();
        return of(source).stream().allMatch(p -> p.equals("unsafe") || Files.isDirectory(std.resolve(p)));
    }

    private static boolean isString(String tok) {
        return tok.startsWith("\"") || tok.startsWith("`");
    }

    private static String unquote(String tok) {
        return tok.substring(1, tok.length() - 1);
    }

    /** The next token: a word, a string literal with its quotes, one other character, or "" at the end. */
    private String next() {
        while (at < src.length()) {
            char c = src.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (src.startsWith("//", at)) {
                int nl = src.indexOf('\n', at);
                at = nl < 0 ? src.length() : nl;
            } else if (src.startsWith("/*", at)) {
                int end = src.indexOf("*/", at + 2);
                at = end < 0 ? src.length() : end + 2;
            } else {
                return token(c);
            }
        }
        return "";
    }

    private String token(char c) {
        int start = at++;
        if (c == '"' || c == '`') {
            while (at < src.length() && src.charAt(at) != c && src.charAt(at) != '\n') {
                if (c == '"' && src.charAt(at) == '\\') at++;
                at++;
            }
            at = Math.min(at + 1, src.length());
        } else if (Character.isLetterOrDigit(c) || c == '_') {
            while (at < src.length() && (Character.isLetterOrDigit(src.charAt(at)) || src.charAt(at) == '_')) at++;
        }
        return src.substring(start, at);
    }
}

package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The C-like preprocessor of Go's assembler: {@code #include "file"}, {@code #define} of object-
 * and function-like macros, {@code #undef}, {@code #ifdef}/{@code #ifndef}/{@code #else}/{@code #endif}.
 * Produces the token stream of the whole file with includes inlined and macros expanded; every
 * token keeps the file and line it came from, and expanded tokens carry the line of the macro use.
 * Errors here are fatal, as in gc: they throw {@link AsmError}.
 */
final class Preprocessor {
    private static final int MAX_INCLUDE_DEPTH = 100;

    /** A macro; {@code params} is null for an object-like macro. */
    private record Macro(String name, List<String> params, List<Token> body) {}

    /** One level of #ifdef nesting: whether its lines are kept, whether #else was seen. */
    private record Cond(boolean active, boolean parentActive, boolean sawElse) {}

    private final List<Path> includeDirs;
    private final Map<String, String> headers;
    private final Map<String, Macro> macros = new HashMap<>();
    private final List<Token> out = new ArrayList<>();
    private int depth;

    private Preprocessor(List<Path> includeDirs, Map<String, String> headers, Map<String, String> predefined) {
        this.includeDirs = includeDirs;
        this.headers = headers;
        predefined.forEach((name, value) -> macros.put(name,
                new Macro(name, null, Lexer.tokens("<predefined>", value).stream()
                        .filter(t -> t.kind() != Token.Kind.NEWLINE && t.kind() != Token.Kind.EOF).toList())));
    }

    /** The tokens of {@code file} after preprocessing, ending with EOF. */
    static List<Token> run(Path file, List<Path> includeDirs, Map<String, String> predefined) {
        return run(file, includeDirs, Map.of(), predefined);
    }

    /**
     * The same, with generated headers (name to text, such as go_asm.h), which #include finds
     * after the including file's directory and before the include directories, as gc's build
     * finds go_asm.h in its work directory.
     */
    static List<Token> run(Path file, List<Path> includeDirs, Map<String, String> headers, Map<String, String> predefined) {
        Preprocessor p = new Preprocessor(includeDirs, headers, predefined);
        p.file(file.toString(), read(file, Pos.NONE, "open"), Pos.NONE);
        p.out.add(new Token(Token.Kind.EOF, "", p.out.isEmpty() ? Pos.NONE : p.out.getLast().pos(), true));
        return p.out;
    }

    private static String read(Path file, Pos at, String prefix) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw new AsmError(at, prefix + " " + file + ": no such file or directory");
        }
    }

    /** Preprocesses one file; {@code from} is the #include that reads it. */
    private void file(String name, String text, Pos from) {
        if (++depth > MAX_INCLUDE_DEPTH) throw new AsmError(from, "input recursion");
        List<Token> tokens = Lexer.tokens(name, text);
        Deque<Cond> conds = new ArrayDeque<>();
        int i = 0;
        while (tokens.get(i).kind() != Token.Kind.EOF) {
            int end = i;
            while (tokens.get(end).kind() != Token.Kind.NEWLINE) end++;
            List<Token> line = tokens.subList(i, end);
            boolean active = conds.isEmpty() || conds.peek().active();
            if (!line.isEmpty() && line.getFirst().is("#")) {
                directive(line, conds, active, name);
            } else if (active) {
                out.addAll(expand(line.stream().filter(t -> t.kind() != Token.Kind.CONTINUATION).toList()));
                out.add(tokens.get(end));
            }
            i = end + 1;
        }
        if (!conds.isEmpty()) throw new AsmError(tokens.get(i).pos(), "unclosed #ifdef or #ifndef");
        depth--;
    }

    private void directive(List<Token> line, Deque<Cond> conds, boolean active, String file) {
        Token hash = line.getFirst();
        if (line.size() < 2 || !line.get(1).isIdent()) {
            throw new AsmError(hash.pos(), "unexpected token after '#': " + (line.size() < 2 ? "newline" : line.get(1).spelling()));
        }
        String name = line.get(1).text();
        List<Token> rest = name.equals("define") ? line.subList(2, line.size())
                : line.subList(2, line.size()).stream().filter(t -> t.kind() != Token.Kind.CONTINUATION).toList();
        switch (name) {
            case "ifdef", "ifndef" -> {
                String macro = identifierOnly(hash, rest, "#" + name);
                conds.push(new Cond(active && macros.containsKey(macro) == name.equals("ifdef"), active, false));
            }
            case "else" -> {
                if (conds.isEmpty() || conds.peek().sawElse()) throw new AsmError(hash.pos(), "unmatched #else");
                Cond c = conds.pop();
                conds.push(new Cond(c.parentActive() && !c.active(), c.parentActive(), true));
            }
            case "endif" -> {
                if (conds.isEmpty()) throw new AsmError(hash.pos(), "unmatched #endif");
                conds.pop();
            }
            case "define" -> {
                if (active) define(hash, rest);
            }
            case "undef" -> {
                if (active) {
                    String macro = identifierOnly(hash, rest, "#undef");
                    if (macros.remove(macro) == null) throw new AsmError(hash.pos(), "#undef for undefined macro: " + macro);
                }
            }
            case "include" -> {
                if (active) include(hash, rest, file);
            }
            default -> {
                if (active) throw new AsmError(hash.pos(), "unexpected token after '#': " + name);
            }
        }
    }

    private static String identifierOnly(Token hash, List<Token> rest, String what) {
        if (rest.size() != 1 || !rest.getFirst().isIdent()) throw new AsmError(hash.pos(), "syntax error in " + what);
        return rest.getFirst().text();
    }

    private void define(Token hash, List<Token> rest) {
        if (rest.isEmpty() || !rest.getFirst().isIdent()) throw new AsmError(hash.pos(), "bad definition for macro");
        String name = rest.getFirst().text();
        if (macros.containsKey(name)) throw new AsmError(hash.pos(), "redefinition of macro: " + name);
        int body = 1;
        List<String> params = null;
        if (rest.size() > 1 && rest.get(1).is("(") && !rest.get(1).spaced()) {
            params = new ArrayList<>();
            body = 2;
            while (!(body < rest.size() && rest.get(body).is(")") && params.isEmpty())) {
                if (body >= rest.size() || !rest.get(body).isIdent())
                    throw new AsmError(hash.pos(), "bad syntax in definition for macro: " + name);
                String param = rest.get(body++).text();
                if (params.contains(param))
                    throw new AsmError(hash.pos(), "duplicate argument " + param + " in definition for macro: " + name);
                params.add(param);
                if (body < rest.size() && rest.get(body).is(")")) break;
                if (body >= rest.size() || !rest.get(body).is(","))
                    throw new AsmError(hash.pos(), "bad syntax in definition for macro: " + name);
                body++;
            }
            body++;
        }
        List<Token> tokens = new ArrayList<>();
        for (Token t : rest.subList(body, rest.size())) {
            tokens.add(t.kind() == Token.Kind.CONTINUATION ? new Token(Token.Kind.NEWLINE, "\n", t.pos(), true) : t);
        }
        macros.put(name, new Macro(name, params, tokens));
    }

    private void include(Token hash, List<Token> rest, String file) {
        if (rest.size() != 1 || rest.getFirst().kind() != Token.Kind.STRING)
            throw new AsmError(hash.pos(), "#include: expected a quoted file name");
        String name = rest.getFirst().text();
        Path here = Path.of(file).getParent();
        Path local = here == null ? Path.of(name) : here.resolve(name);
        if (!Files.isRegularFile(local) && headers.containsKey(name)) {
            file(name, headers.get(name), hash.pos());
            return;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(local);
        for (Path dir : includeDirs) candidates.add(dir.resolve(name));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                file(c.toString(), read(c, hash.pos(), "#include: open"), hash.pos());
                return;
            }
        }
        throw new AsmError(hash.pos(), "#include: open " + name + ": no such file or directory");
    }

    /**
     * A token during expansion, with the macros whose expansion produced it (its "hide set", as in C
     * preprocessors): meeting one of them again is gc's "recursive macro invocation".
     */
    private record Pending(Token token, Set<String> hidden) {}

    /**
     * Expands the macros of one line. An expansion replaces the use in the token list and is
     * rescanned together with what follows it, so an object-like macro may expand to the name of a
     * function-like one whose arguments follow the use. Expanded tokens carry the position of the
     * use in the line.
     */
    private List<Token> expand(List<Token> line) {
        List<Pending> work = new ArrayList<>();
        for (Token t : line) work.add(new Pending(t, Set.of()));
        int i = 0;
        while (i < work.size()) {
            Pending p = work.get(i);
            Token t = p.token();
            Macro m = t.isIdent() ? macros.get(t.text()) : null;
            if (m == null || m.params() != null && !(i + 1 < work.size() && work.get(i + 1).token().is("("))) {
                i++;
                continue;
            }
            if (p.hidden().contains(m.name())) throw new AsmError(t.pos(), "recursive macro invocation");
            int end = i;
            List<Token> body = m.body();
            if (m.params() != null) {
                List<List<Token>> args = new ArrayList<>();
                end = arguments(work.stream().map(Pending::token).toList(), i + 2, m, t.pos(), args);
                body = substitute(m, args);
            }
            Set<String> hidden = new HashSet<>(p.hidden());
            hidden.add(m.name());
            List<Pending> expansion = body.stream().map(b -> new Pending(b.at(t.pos()), hidden)).toList();
            work.subList(i, end + 1).clear();
            work.addAll(i, expansion);
        }
        return work.stream().map(Pending::token).toList();
    }

    /** Reads the arguments of a macro call starting after its '('; returns the index of the ')'. */
    private static int arguments(List<Token> in, int i, Macro m, Pos use, List<List<Token>> args) {
        List<Token> arg = new ArrayList<>();
        int nesting = 0;
        for (; i < in.size(); i++) {
            Token t = in.get(i);
            if (nesting == 0 && (t.is(",") || t.is(")"))) {
                args.add(arg);
                arg = new ArrayList<>();
                if (t.is(")")) {
                    if (args.size() == 1 && args.getFirst().isEmpty() && m.params().isEmpty()) args.clear();
                    if (args.size() != m.params().size()) throw new AsmError(use, "wrong arg count for macro " + m.name());
                    return i;
                }
                continue;
            }
            if (t.is("(")) nesting++;
            if (t.is(")")) nesting--;
            arg.add(t);
        }
        throw new AsmError(use, "unterminated arg list invoking macro: " + m.name());
    }

    private static List<Token> substitute(Macro m, List<List<Token>> args) {
        List<Token> body = new ArrayList<>();
        for (Token t : m.body()) {
            int param = t.isIdent() ? m.params().indexOf(t.text()) : -1;
            if (param >= 0) body.addAll(args.get(param));
            else body.add(t);
        }
        return body;
    }
}

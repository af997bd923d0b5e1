package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Differential test of tree shapes and positions: for every corpus file both go/parser (through
 * astdump.go) and our parser describe each node as a line (kind, positions, spelling, child
 * counts), and the sorted lines must agree. Files that either parser rejects are left out.
 */
class AstDiffTest {
    @Test
    void treesMatchGoParser() throws Exception {
        assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: runs with -Djgo.tier=all");
        assumeTrue(GoOracle.goroot().isPresent(), "Go 1.19 is not installed");
        Path root = GoOracle.goroot().get();
        List<Path> files = CorpusTest.goFiles(root.resolve("src"), root.resolve("test"));
        Path tool = Files.createTempFile("astdump", ".go");
        try (var in = AstDiffTest.class.getResourceAsStream("astdump.go")) {
            Files.write(tool, in.readAllBytes());
        }
        Map<String, String> goHashes = new HashMap<>();
        for (String line : runAstdump(tool, files, false)) {
            int sp = line.lastIndexOf(' ');
            goHashes.put(line.substring(0, sp), line.substring(sp + 1));
        }
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            String goHash = goHashes.get(file.toString());
            if (goHash == null || goHash.equals("ERROR")) continue;
            Diagnostics diags = new Diagnostics();
            File tree = Parser.parse(file.toString(), Files.readAllBytes(file), diags);
            if (diags.hasErrors()) continue;
            compared++;
            if (!hash(dump(tree)).equals(goHash)) mismatches.add(file.toString());
        }
        System.out.printf("syntax trees: %d files compared with go/parser, %d differ%n", compared, mismatches.size());
        // Show where the first few files differ.
        List<Path> shown = mismatches.stream().limit(5).map(Path::of).toList();
        Set<String> theirs = new HashSet<>(runAstdump(tool, shown, true));
        for (Path file : shown) {
            System.out.println("  DIFF " + file);
            Set<String> ours = new HashSet<>();
            for (String l : dump(Parser.parse(file.toString(), Files.readAllBytes(file), new Diagnostics()))) {
                ours.add(file + ": " + l);
            }
            ours.stream().filter(l -> !theirs.contains(l)).sorted().limit(5)
                    .forEach(l -> System.out.println("    jgo: " + l));
            theirs.stream().filter(l -> l.startsWith(file + ": ") && !ours.contains(l)).sorted().limit(5)
                    .forEach(l -> System.out.println("    go:  " + l));
        }
        Files.delete(tool);
        assertEquals(List.of(), mismatches.stream().limit(20).toList());
    }

    private static List<String> runAstdump(Path tool, List<Path> files, boolean verbose) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(GoOracle.go().orElseThrow().toString(), "run", tool.toString()));
        if (verbose) cmd.add("-v");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (Path f : files) in.write((f + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.join();
        if (!p.waitFor(300, TimeUnit.SECONDS)) p.destroyForcibly();
        return out.lines().toList();
    }

    private static String hash(List<String> lines) throws Exception {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** One line per node, in astdump.go's notation. */
    static List<String> dump(File f) {
        List<String> lines = new ArrayList<>();
        lines.add("file " + at(f.pos()));
        walk(f, lines);
        return lines;
    }

    private static void walk(Object o, List<String> lines) {
        switch (o) {
            case null -> {}
            case List<?> list -> list.forEach(x -> walk(x, lines));
            case Node n -> {
                String line = describe(n);
                if (line != null) lines.add(line);
                for (RecordComponent c : n.getClass().getRecordComponents()) {
                    try {
                        walk(c.getAccessor().invoke(n), lines);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {}
        }
    }

    private static String at(Pos p) {
        return p.line() + ":" + p.col();
    }

    private static String line(String kind, Node n, Object... extra) {
        StringBuilder sb = new StringBuilder(kind).append(' ').append(at(n.pos()));
        for (Object e : extra) sb.append(' ').append(e);
        return sb.toString();
    }

    private static String describe(Node n) {
        return switch (n) {
            case File f -> null;
            case Expr.Ident id -> line("id", id, id.name());
            case Expr.BasicLit b -> line("lit", b, b.kind() == Token.CHAR ? "CHAR" : b.kind().name(), b.value());
            case Expr.CompositeLit c -> line("complit", c, at(c.rbrace()), c.elts().size(), c.type() == null);
            case Expr.KeyValue kv -> line("kv", kv);
            case Expr.FuncLit fl -> line("funclit", fl);
            case Expr.Paren p -> line("paren", p);
            case Expr.Selector s -> line("sel", s, s.sel().name());
            case Expr.Index ix -> line("index", ix, at(ix.lbrack()));
            case Expr.Slice s -> line("slice", s, at(s.lbrack()), s.lo() != null, s.hi() != null, s.max() != null, s.full());
            case Expr.TypeAssert ta -> line("assert", ta, ta.type() == null);
            case Expr.Call c -> line("call", c, at(c.lparen()), at(c.rparen()), c.hasDots(), c.args().size());
            case Expr.Star s -> line("star", s);
            case Expr.Unary u -> line("unary", u, u.op().text());
            case Expr.Binary b -> line("binary", b, b.op().text(), at(b.opPos()));
            case Expr.ArrayType a -> line("array", a, a.len() == null);
            case Expr.StructType s -> line("struct", s, s.fields().size());
            case Expr.FuncType ft -> line("functype", ft, ft.params().size(), !ft.results().isEmpty());
            case Expr.InterfaceType it -> line("interface", it, it.elems().size());
            case Expr.MapType m -> line("map", m);
            case Expr.ChanType c -> line("chan", c, switch (c.dir()) {
                case SEND -> 1;
                case RECV -> 2;
                case BOTH -> 3;
            });
            case Expr.Ellipsis e -> line("dots", e, e.elt() == null);
            case Expr.Bad b -> line("bad", b);
            case Field f -> line("field", f, f.names().size(), f.tag() != null);
            case Stmt.DeclStmt d -> line("declstmt", d);
            case Stmt.Empty e -> line("empty", e, e.implicit());
            case Stmt.Labeled l -> line("labeled", l);
            case Stmt.ExprStmt e -> line("exprstmt", e);
            case Stmt.Send s -> line("send", s, at(s.arrow()));
            case Stmt.IncDec i -> line("incdec", i, i.inc() ? "++" : "--");
            case Stmt.Assign a -> line("assign", a, a.op().text(), at(a.opPos()), a.lhs().size(), a.rhs().size());
            case Stmt.Go g -> line("go", g);
            case Stmt.Defer d -> line("defer", d);
            case Stmt.Return r -> line("return", r, r.results().size());
            case Stmt.Branch b -> line("branch", b, b.kind().text());
            case Stmt.Block b -> line("block", b, at(b.rbrace()), b.stmts().size());
            case Stmt.If i -> line("if", i, i.init() != null, i.els() != null);
            case Stmt.CaseClause c -> line("case", c, at(c.colon()), c.list() == null, c.body().size());
            case Stmt.Switch s -> line("switch", s, s.init() != null, s.tag() != null, at(s.rbrace()));
            case Stmt.TypeSwitch t -> line("typeswitch", t, t.init() != null, at(t.rbrace()));
            case Stmt.CommClause c -> line("comm", c, at(c.colon()), c.comm() == null, c.body().size());
            case Stmt.Select s -> line("select", s, at(s.rbrace()));
            case Stmt.For f -> line("for", f, f.init() != null, f.cond() != null, f.post() != null);
            case Stmt.Range r -> line("range", r, r.tok() == null ? "ILLEGAL" : r.tok().text(), r.key() != null,
                    r.value() != null);
            case Stmt.Bad b -> line("badstmt", b);
            case Spec.Import i -> line("import", i, i.name() != null);
            case Spec.Value v -> line("value", v, v.names().size(), v.type() != null, v.values().size());
            case Spec.Type t -> line("typespec", t, t.alias());
            case Decl.GenDecl g -> line("gendecl", g, g.tok().text(), g.grouped(), g.specs().size());
            case Decl.FuncDecl fd -> line("funcdecl", fd, fd.recv() != null, fd.body() != null);
            case Decl.Bad b -> line("baddecl", b);
        };
    }
}

package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static File parse(String src) {
        Diagnostics diags = new Diagnostics();
        File f = Parser.parse("x.go", src.getBytes(StandardCharsets.UTF_8), diags);
        assertEquals(List.of(), diags.sorted(), "errors parsing:\n" + src);
        return f;
    }

    private static List<String> errors(String src) {
        Diagnostics diags = new Diagnostics();
        Parser.parse("x.go", src.getBytes(StandardCharsets.UTF_8), diags);
        return diags.sorted().stream().map(Diagnostic::toString).toList();
    }

    /** The body statements of the first function in "package p; func f() { body }". */
    private static List<Stmt> body(String body) {
        File f = parse("package p\nfunc f() {\n" + body + "\n}\n");
        return ((Decl.FuncDecl) f.decls().getFirst()).body().stmts();
    }

    /** The expression of "var _ = x" (written on line 2 at column 9). */
    private static Expr expr(String x) {
        File f = parse("package p\nvar _ = " + x + "\n");
        Spec.Value v = (Spec.Value) ((Decl.GenDecl) f.decls().getFirst()).specs().getFirst();
        return v.values().getFirst();
    }

    private static String at(Node n) {
        return at(n.pos());
    }

    private static String at(Pos p) {
        return p.line() + ":" + p.col();
    }

    @Test
    void fileStructure() {
        File f = parse("package main\n\nimport (\n\t\"fmt\"\n\tio \"io\"\n\t. \"os\"\n)\nimport _ \"unsafe\"\n\nfunc main() {}\n");
        assertEquals("main", f.pkgName().name());
        assertEquals("1:1", at(f));
        assertEquals(3, f.decls().size());
        Decl.GenDecl imports = (Decl.GenDecl) f.decls().getFirst();
        assertEquals(Token.IMPORT, imports.tok());
        assertTrue(imports.grouped());
        assertEquals(3, imports.specs().size());
        Spec.Import io = (Spec.Import) imports.specs().get(1);
        assertEquals("io", io.name().name());
        assertEquals("\"io\"", io.path().value());
        assertEquals(".", ((Spec.Import) imports.specs().get(2)).name().name());
        assertNull(((Spec.Import) imports.specs().getFirst()).name());
        Decl.GenDecl unsafe = (Decl.GenDecl) f.decls().get(1);
        assertFalse(unsafe.grouped());
        assertEquals("_", ((Spec.Import) unsafe.specs().getFirst()).name().name());
    }

    @Test
    void binaryPrecedenceAndPositions() {
        Expr.Binary or = (Expr.Binary) expr("a || b && c == d + e * f");
        assertEquals(Token.LOR, or.op());
        assertEquals("2:9", at(or));
        assertEquals("2:11", at(or.opPos()));
        Expr.Binary and = (Expr.Binary) or.y();
        assertEquals(Token.LAND, and.op());
        assertEquals("2:14", at(and));
        Expr.Binary eq = (Expr.Binary) and.y();
        assertEquals(Token.EQL, eq.op());
        Expr.Binary add = (Expr.Binary) eq.y();
        assertEquals(Token.ADD, add.op());
        assertEquals(Token.MUL, ((Expr.Binary) add.y()).op());
        // Left associative.
        Expr.Binary sub = (Expr.Binary) expr("a - b - c");
        assertEquals("a - b", AstPrinter.print(sub.x()));
    }

    @Test
    void unaryAndPrimaryExpressions() {
        assertInstanceOf(Expr.Star.class, expr("*p"));
        Expr.Unary recv = (Expr.Unary) expr("<-ch");
        assertEquals(Token.ARROW, recv.op());
        Expr.Unary addr = (Expr.Unary) expr("&(T{})");
        assertInstanceOf(Expr.CompositeLit.class, addr.x(), "parentheses after & are dropped, as gc does");
        Expr.Call call = (Expr.Call) expr("f(a, b...)");
        assertTrue(call.hasDots());
        assertEquals("2:9", at(call));
        assertEquals("2:10", at(call.lparen()));
        assertEquals("2:18", at(call.rparen()));
        Expr.Selector sel = (Expr.Selector) expr("a.b.c");
        assertEquals("a.b", AstPrinter.print(sel.x()));
        assertEquals("2:9", at(sel));
        Expr.Index ix = (Expr.Index) expr("m[k]");
        assertEquals("2:10", at(ix.lbrack()));
        Expr.Slice s3 = (Expr.Slice) expr("s[1:2:3]");
        assertTrue(s3.full());
        Expr.Slice s0 = (Expr.Slice) expr("s[:]");
        assertNull(s0.lo());
        assertNull(s0.hi());
        assertFalse(s0.full());
        Expr.TypeAssert ta = (Expr.TypeAssert) expr("x.(fmt.Stringer)");
        assertEquals("fmt.Stringer", AstPrinter.print(ta.type()));
        assertInstanceOf(Expr.Paren.class, expr("(a)"));
    }

    @Test
    void literals() {
        Expr.BasicLit f = (Expr.BasicLit) expr("0x1p-2");
        assertEquals(Token.FLOAT, f.kind());
        assertEquals("0x1p-2", f.value());
        assertEquals(Token.IMAG, ((Expr.BasicLit) expr("1.5i")).kind());
        assertEquals(Token.CHAR, ((Expr.BasicLit) expr("'\\n'")).kind());
        assertEquals("`a`", ((Expr.BasicLit) expr("`a`")).value());
        Expr.FuncLit fn = (Expr.FuncLit) expr("func(x int) int { return x }");
        assertEquals("2:9", at(fn));
        assertEquals(1, fn.body().stmts().size());
    }

    @Test
    void compositeLiterals() {
        Expr.CompositeLit c = (Expr.CompositeLit) expr("[]T{{1, 2}, {x: 3}, 4}");
        assertEquals("2:9", at(c));
        assertInstanceOf(Expr.ArrayType.class, c.type());
        assertEquals(3, c.elts().size());
        Expr.CompositeLit elided = (Expr.CompositeLit) c.elts().getFirst();
        assertNull(elided.type());
        Expr.KeyValue kv = (Expr.KeyValue) ((Expr.CompositeLit) c.elts().get(1)).elts().getFirst();
        assertEquals("x", AstPrinter.print(kv.key()));
        assertEquals("2:30", at(c.rbrace()));
        Expr.CompositeLit m = (Expr.CompositeLit) expr("map[string]int{\"a\": 1}");
        assertInstanceOf(Expr.MapType.class, m.type());
        Expr.ArrayType dots = (Expr.ArrayType) ((Expr.CompositeLit) expr("[...]int{1}")).type();
        assertInstanceOf(Expr.Ellipsis.class, dots.len());
    }

    @Test
    void compositeLiteralVersusBlockInHeaders() {
        // In a header, T{ opens the block; inside parentheses it is a literal again.
        Stmt.If s = (Stmt.If) body("if x == T {\n}").getFirst();
        assertEquals("x == T", AstPrinter.print(s.cond()));
        Stmt.If p = (Stmt.If) body("if x == (T{}) {\n}").getFirst();
        assertEquals("x == (T{})", AstPrinter.print(p.cond()));
        Stmt.Range r = (Stmt.Range) body("for _, x := range []int{1} {\n}").getFirst();
        assertInstanceOf(Expr.CompositeLit.class, r.x(), "an explicit composite type is always a literal");
        Stmt.Switch sw = (Stmt.Switch) body("switch x := f(T{}); x {\n}").getFirst();
        assertEquals("x", AstPrinter.print(sw.tag()));
    }

    @Test
    void types() {
        File f = parse("""
                package p
                type (
                	A [4]int
                	B []*int
                	C map[string]chan<- int
                	D <-chan chan int
                	E func(int, ...string) (x, y int)
                	F struct {
                		a, b int `json:"a"`
                		T
                		*pkg.U
                	}
                	G interface {
                		M(int) error
                		io.Reader
                		~int | string
                	}
                	H = A
                )
                """);
        List<Spec> specs = ((Decl.GenDecl) f.decls().getFirst()).specs();
        assertEquals(8, specs.size());
        Spec.Type a = (Spec.Type) specs.getFirst();
        assertEquals("A", a.name().name());
        assertEquals("[4]int", AstPrinter.print(a.type()));
        assertEquals("[]*int", AstPrinter.print(((Spec.Type) specs.get(1)).type()));
        assertEquals("map[string]chan<- int", AstPrinter.print(((Spec.Type) specs.get(2)).type()));
        Expr.ChanType d = (Expr.ChanType) ((Spec.Type) specs.get(3)).type();
        assertEquals(Expr.ChanDir.RECV, d.dir());
        assertEquals(Expr.ChanDir.BOTH, ((Expr.ChanType) d.elem()).dir());
        Expr.FuncType e = (Expr.FuncType) ((Spec.Type) specs.get(4)).type();
        assertEquals(2, e.params().size());
        assertInstanceOf(Expr.Ellipsis.class, e.params().get(1).type());
        assertEquals(1, e.results().size(), "x, y share one Field");
        assertEquals(List.of("x", "y"), e.results().getFirst().names().stream().map(Expr.Ident::name).toList());
        Expr.StructType st = (Expr.StructType) ((Spec.Type) specs.get(5)).type();
        assertEquals(3, st.fields().size());
        assertEquals("`json:\"a\"`", st.fields().getFirst().tag().value());
        assertTrue(st.fields().get(1).names().isEmpty());
        assertEquals("*pkg.U", AstPrinter.print(st.fields().get(2).type()));
        Expr.InterfaceType it = (Expr.InterfaceType) ((Spec.Type) specs.get(6)).type();
        assertEquals(3, it.elems().size());
        assertEquals("M", it.elems().getFirst().names().getFirst().name());
        assertInstanceOf(Expr.FuncType.class, it.elems().getFirst().type());
        Expr.Binary union = (Expr.Binary) it.elems().get(2).type();
        assertEquals(Token.OR, union.op());
        assertEquals(Token.TILDE, ((Expr.Unary) union.x()).op());
        assertTrue(((Spec.Type) specs.get(7)).alias());
    }

    @Test
    void receiveOnlyChannelTypesReassociate() {
        Expr.Call call = (Expr.Call) ((Expr.Unary) expr("<-chan int(nil)")).x();
        assertInstanceOf(Expr.ChanType.class, call.fun());
        Expr.ChanType ct = (Expr.ChanType) expr("<-chan chan<- int");
        assertEquals("<-chan chan<- int", AstPrinter.print(ct));
    }

    @Test
    void constSpecsRepeatImplicitly() {
        File f = parse("package p\nconst (\n\tA, B = iota, 1 << iota\n\tC, D\n\t_\n\tE int = 5\n)\n");
        List<Spec> specs = ((Decl.GenDecl) f.decls().getFirst()).specs();
        Spec.Value c = (Spec.Value) specs.get(1);
        assertEquals(1, c.iota());
        assertTrue(c.values().isEmpty());
        assertNull(c.type());
        assertEquals(2, ((Spec.Value) specs.get(2)).iota());
        Spec.Value e = (Spec.Value) specs.get(3);
        assertEquals("int", AstPrinter.print(e.type()));
        assertEquals(3, e.iota());
    }

    @Test
    void statements() {
        List<Stmt> s = body("""
                	x, y := 1, 2
                	x += 3
                	x++
                	ch <- x
                	go f()
                	defer g()
                	var z int
                	L:
                	for i := 0; i < 10; i++ {
                		continue L
                	}
                	for {
                		break
                	}
                	for range ch {
                	}
                	if x := 1; x > 0 {
                	} else if y {
                	} else {
                	}
                	select {
                	case v := <-ch:
                	case ch <- 1:
                	default:
                	}
                	return
                	goto L
                	{
                	}
                	;""");
        Stmt.Assign def = (Stmt.Assign) s.getFirst();
        assertEquals(Token.DEFINE, def.op());
        assertEquals("3:1", at(def));
        assertEquals("3:6", at(def.opPos()));
        assertEquals(Token.ADD_ASSIGN, ((Stmt.Assign) s.get(1)).op());
        assertTrue(((Stmt.IncDec) s.get(2)).inc());
        Stmt.Send send = (Stmt.Send) s.get(3);
        assertEquals("6:4", at(send.arrow()));
        assertInstanceOf(Stmt.Go.class, s.get(4));
        assertInstanceOf(Stmt.Defer.class, s.get(5));
        assertEquals(Token.VAR, ((Stmt.DeclStmt) s.get(6)).decl().tok());
        Stmt.Labeled l = (Stmt.Labeled) s.get(7);
        assertEquals("L", l.label().name());
        Stmt.For loop = (Stmt.For) l.stmt();
        assertEquals("i < 10", AstPrinter.print(loop.cond()));
        assertInstanceOf(Stmt.IncDec.class, loop.post());
        Stmt.Branch cont = (Stmt.Branch) loop.body().stmts().getFirst();
        assertEquals(Token.CONTINUE, cont.kind());
        assertEquals("L", cont.label().name());
        Stmt.For forever = (Stmt.For) s.get(8);
        assertNull(forever.cond());
        Stmt.Range r = (Stmt.Range) s.get(9);
        assertNull(r.tok());
        assertNull(r.key());
        Stmt.If ifs = (Stmt.If) s.get(10);
        assertInstanceOf(Stmt.Assign.class, ifs.init());
        Stmt.If elseIf = (Stmt.If) ifs.els();
        assertInstanceOf(Stmt.Block.class, elseIf.els());
        Stmt.Select sel = (Stmt.Select) s.get(11);
        assertEquals(3, sel.clauses().size());
        assertInstanceOf(Stmt.Assign.class, sel.clauses().getFirst().comm());
        assertInstanceOf(Stmt.Send.class, sel.clauses().get(1).comm());
        assertNull(sel.clauses().get(2).comm());
        assertEquals(Token.GOTO, ((Stmt.Branch) s.get(13)).kind());
        assertInstanceOf(Stmt.Block.class, s.get(14));
        assertInstanceOf(Stmt.Empty.class, s.get(15));
    }

    @Test
    void switches() {
        List<Stmt> s = body("""
                	switch x := f(); x {
                	case 1, 2:
                		fallthrough
                	default:
                	}
                	switch {
                	}
                	switch v := y.(type) {
                	case int, nil:
                	}
                	switch y.(type) {
                	}""");
        Stmt.Switch sw = (Stmt.Switch) s.getFirst();
        assertEquals("x", AstPrinter.print(sw.tag()));
        assertEquals(2, sw.clauses().getFirst().list().size());
        assertNull(sw.clauses().get(1).list());
        assertEquals("6:8", at(sw.clauses().get(1).colon()));
        assertNull(((Stmt.Switch) s.get(1)).tag());
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) s.get(2);
        assertEquals("v", ts.binding().name());
        assertEquals("y", AstPrinter.print(ts.guard().x()));
        assertNull(((Stmt.TypeSwitch) s.get(3)).binding());
    }

    @Test
    void methodsAndSignatures() {
        File f = parse("package p\nfunc (r *T) M(a, b int, c string) (int, error)\nfunc F(int, string) {}\n");
        Decl.FuncDecl m = (Decl.FuncDecl) f.decls().getFirst();
        assertEquals("r", m.recv().names().getFirst().name());
        assertEquals("*T", AstPrinter.print(m.recv().type()));
        assertNull(m.body());
        assertEquals("2:1", at(m.type()));
        assertEquals(2, m.type().params().size());
        assertEquals(2, m.type().results().size());
        Decl.FuncDecl fn = (Decl.FuncDecl) f.decls().get(1);
        assertEquals(2, fn.type().params().size());
        assertTrue(fn.type().params().getFirst().names().isEmpty(), "unnamed parameters are types");
    }

    @Test
    void directivesAttachToTheFollowingDeclaration() {
        File f = parse("""
                //go:build linux

                package p

                import "unsafe"

                //go:linkname x runtime.x
                var x int

                //go:noinline
                //go:nosplit
                func f() {
                	//go:noinline
                	_ = 1
                }

                func g() {}

                //export h
                func h() {}
                """);
        assertEquals(6, f.directives().size());
        assertEquals("go:build", f.directives().getFirst().name());
        assertTrue(((Decl.GenDecl) f.decls().getFirst()).directives().isEmpty());
        List<Directive> x = ((Decl.GenDecl) f.decls().get(1)).directives();
        assertEquals(List.of("go:linkname"), x.stream().map(Directive::name).toList());
        assertEquals("x runtime.x", x.getFirst().args());
        Decl.FuncDecl fn = (Decl.FuncDecl) f.decls().get(2);
        assertEquals(List.of("go:noinline", "go:nosplit"), fn.directives().stream().map(Directive::name).toList());
        assertEquals("10:3", at(fn.directives().getFirst().pos()));
        assertTrue(((Decl.FuncDecl) f.decls().get(3)).directives().isEmpty(), "the directive inside f is not g's");
        assertEquals("export", ((Decl.FuncDecl) f.decls().get(4)).directives().getFirst().name());
    }

    @Test
    void typeParametersAreRejectedAtTheirBracket() {
        assertEquals(List.of("x.go:2:7: type parameters are not supported yet"),
                errors("package p\nfunc f[T any](x T) T { return x }\n"));
        assertEquals(List.of("x.go:2:7: type parameters are not supported yet"),
                errors("package p\ntype L[T any, U comparable] struct{ next *int }\n"));
        assertEquals(List.of("x.go:2:7: type parameters are not supported yet"),
                errors("package p\ntype C[T ~int | ~string] int\n"));
        assertEquals(List.of("x.go:2:8: type parameters are not supported yet"),
                errors("package p\nvar x L[int]\n"));
        assertEquals(List.of("x.go:2:10: type parameters are not supported yet"),
                errors("package p\nvar x = f[int, string]\n"));
        assertEquals(List.of("x.go:3:3: type parameters are not supported yet"),
                errors("package p\ntype S struct {\n\tT[int]\n}\n"));
        // Array types that look alike are not type parameters.
        parse("package p\ntype A [N]int\ntype B [N * 2]int\ntype C [a.N]int\nvar x = f[int]\n");
    }

    @Test
    void parsingGoesOnAfterErrors() {
        assertEquals(List.of("x.go:3:4: syntax error: unexpected ) at end of statement",
                        "x.go:7:6: syntax error: unexpected newline, expecting type"),
                errors("package p\nfunc f() {\n\tx )\n\ty := 2\n}\nfunc g() {}\nvar w\n"));
    }

    @Test
    void deepNestingParsesOrFailsCleanly() {
        int n = 200_000;
        String src = "package p\nvar x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n";
        List<String> errs = errors(src);
        assertTrue(errs.isEmpty() || errs.equals(List.of(errs.getFirst())) && errs.getFirst().endsWith(
                ": expression nesting too deep"), errs.toString());
        assertTrue(errors("package p\nfunc f() {" + "{".repeat(n) + "}".repeat(n) + "}\n").size() <= 1);
    }

    @Test
    void positionsAreByteColumns() {
        Expr.Binary b = (Expr.Binary) expr("\"é\" + x");
        assertEquals("2:16", at(b.y()), "\"é\" takes 4 bytes");
    }

    @Test
    void emptyAndGarbageInputsDoNotThrow() {
        assertEquals(List.of("x.go:1:1: syntax error: package statement must be first"), errors(""));
        for (String s : List.of("package", "package p\nfunc", "package p\nfunc (", "package p\ntype T struct {",
                "package p\nvar x = []int{", "package p\nfunc f() { switch { case", "package p\nfunc f() { if x {} else",
                "package p\nimport (", "package p\nfunc f() { L:", "\u0000\u0001", "package p\n`")) {
            errors(s);
        }
    }
}

// astdump prints, for each Go file named on standard input, a fingerprint of its syntax tree
// as go/parser builds it: one line per node with the node's kind, positions and spelling,
// sorted, then hashed. AstDiffTest computes the same fingerprint from jgo's tree.
// With -v it prints the lines themselves (after the file name) instead of the hash.
package main

import (
	"bufio"
	"crypto/sha256"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func main() {
	verbose := flag.Bool("v", false, "print the lines instead of their hash")
	flag.Parse()
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		path := in.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintf(out, "%s ERROR\n", path)
			continue
		}
		lines := dump(fset, f)
		sort.Strings(lines)
		if *verbose {
			for _, l := range lines {
				fmt.Fprintf(out, "%s: %s\n", path, l)
			}
			continue
		}
		fmt.Fprintf(out, "%s %x\n", path, sha256.Sum256([]byte(strings.Join(lines, "\n"))))
	}
}

func dump(fset *token.FileSet, f *ast.File) []string {
	var lines []string
	at := func(p token.Pos) string {
		pos := fset.Position(p)
		return fmt.Sprintf("%d:%d", pos.Line, pos.Column)
	}
	emit := func(kind string, p token.Pos, extra ...interface{}) {
		s := kind + " " + at(p)
		for _, e := range extra {
			s += fmt.Sprintf(" %v", e)
		}
		lines = append(lines, s)
	}
	// The statement holding a type switch's guard, and the blocks around switch and select
	// clauses, have no node in jgo's tree.
	skip := map[ast.Node]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || skip[n] {
			return true
		}
		switch n := n.(type) {
		case *ast.File:
			emit("file", n.Package)
		case *ast.Ident:
			emit("id", n.Pos(), n.Name)
		case *ast.BasicLit:
			emit("lit", n.Pos(), n.Kind, n.Value)
		case *ast.CompositeLit:
			emit("complit", n.Pos(), at(n.Rbrace), len(n.Elts), n.Type == nil)
		case *ast.KeyValueExpr:
			emit("kv", n.Pos())
		case *ast.FuncLit:
			emit("funclit", n.Pos())
		case *ast.ParenExpr:
			emit("paren", n.Pos())
		case *ast.SelectorExpr:
			emit("sel", n.Pos(), n.Sel.Name)
		case *ast.IndexExpr:
			emit("index", n.Pos(), at(n.Lbrack))
		case *ast.SliceExpr:
			emit("slice", n.Pos(), at(n.Lbrack), n.Low != nil, n.High != nil, n.Max != nil, n.Slice3)
		case *ast.TypeAssertExpr:
			emit("assert", n.Pos(), n.Type == nil)
		case *ast.CallExpr:
			emit("call", n.Pos(), at(n.Lparen), at(n.Rparen), n.Ellipsis.IsValid(), len(n.Args))
		case *ast.StarExpr:
			emit("star", n.Pos())
		case *ast.UnaryExpr:
			emit("unary", n.Pos(), n.Op)
			if n.Op == token.AND {
				// jgo drops the parentheses of &(x), as gc does.
				for p, ok := n.X.(*ast.ParenExpr); ok; p, ok = p.X.(*ast.ParenExpr) {
					skip[p] = true
				}
			}
		case *ast.BinaryExpr:
			emit("binary", n.Pos(), n.Op, at(n.OpPos))
		case *ast.ArrayType:
			emit("array", n.Pos(), n.Len == nil)
		case *ast.StructType:
			emit("struct", n.Pos(), len(n.Fields.List))
		case *ast.FuncType:
			emit("functype", n.Pos(), len(n.Params.List), n.Results != nil && len(n.Results.List) > 0)
		case *ast.InterfaceType:
			emit("interface", n.Pos(), len(n.Methods.List))
		case *ast.MapType:
			emit("map", n.Pos())
		case *ast.ChanType:
			emit("chan", n.Pos(), n.Dir)
		case *ast.Ellipsis:
			emit("dots", n.Pos(), n.Elt == nil)
		case *ast.Field:
			emit("field", n.Pos(), len(n.Names), n.Tag != nil)
		case *ast.DeclStmt:
			emit("declstmt", n.Pos())
		case *ast.EmptyStmt:
			emit("empty", n.Pos(), n.Implicit)
		case *ast.LabeledStmt:
			emit("labeled", n.Pos())
		case *ast.ExprStmt:
			emit("exprstmt", n.Pos())
		case *ast.SendStmt:
			emit("send", n.Pos(), at(n.Arrow))
		case *ast.IncDecStmt:
			emit("incdec", n.Pos(), n.Tok)
		case *ast.AssignStmt:
			emit("assign", n.Pos(), n.Tok, at(n.TokPos), len(n.Lhs), len(n.Rhs))
		case *ast.GoStmt:
			emit("go", n.Pos())
		case *ast.DeferStmt:
			emit("defer", n.Pos())
		case *ast.ReturnStmt:
			emit("return", n.Pos(), len(n.Results))
		case *ast.BranchStmt:
			emit("branch", n.Pos(), n.Tok)
		case *ast.BlockStmt:
			emit("block", n.Pos(), at(n.Rbrace), len(n.List))
		case *ast.IfStmt:
			emit("if", n.Pos(), n.Init != nil, n.Else != nil)
		case *ast.CaseClause:
			emit("case", n.Pos(), at(n.Colon), n.List == nil, len(n.Body))
		case *ast.SwitchStmt:
			emit("switch", n.Pos(), n.Init != nil, n.Tag != nil, at(n.Body.Rbrace))
			skip[n.Body] = true
		case *ast.TypeSwitchStmt:
			emit("typeswitch", n.Pos(), n.Init != nil, at(n.Body.Rbrace))
			skip[n.Assign] = true
			skip[n.Body] = true
		case *ast.CommClause:
			emit("comm", n.Pos(), at(n.Colon), n.Comm == nil, len(n.Body))
		case *ast.SelectStmt:
			emit("select", n.Pos(), at(n.Body.Rbrace))
			skip[n.Body] = true
		case *ast.ForStmt:
			emit("for", n.Pos(), n.Init != nil, n.Cond != nil, n.Post != nil)
		case *ast.RangeStmt:
			emit("range", n.Pos(), n.Tok, n.Key != nil, n.Value != nil)
		case *ast.ImportSpec:
			emit("import", n.Pos(), n.Name != nil)
		case *ast.ValueSpec:
			emit("value", n.Pos(), len(n.Names), n.Type != nil, len(n.Values))
		case *ast.TypeSpec:
			emit("typespec", n.Pos(), n.Assign.IsValid())
		case *ast.GenDecl:
			emit("gendecl", n.Pos(), n.Tok, n.Lparen.IsValid(), len(n.Specs))
		case *ast.FuncDecl:
			emit("funcdecl", n.Pos(), n.Recv != nil, n.Body != nil)
		}
		return true
	})
	return lines
}

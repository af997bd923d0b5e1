package dev.jgo.types;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type-checks the files of one package. Package-level objects are collected first
 * ({@link Resolver}), then each declaration is checked on first use or in source order
 * ({@link Decls}, with cycle detection), then function bodies ({@link Stmts}), then the
 * initialization order ({@link InitOrder}) and unused imports.
 */
public final class Checker {
    final Package pkg;
    final Info info;
    final Importer importer;
    private final Diagnostics diags;
    final List<File> files;

    /** What is known about each package-level object's declaration. */
    final Map<Obj, DeclInfo> decls = new IdentityHashMap<>();
    /** Package-level objects fully checked. */
    final Set<Obj> done = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The package-level objects being checked, innermost last (for cycle reports). */
    final List<Obj> path = new ArrayList<>();
    /** Function bodies, checked after all package-level declarations. */
    final List<Runnable> later = new ArrayList<>();
    /** Package-level objects in source order. */
    final List<Obj> ordered = new ArrayList<>();
    final List<Obj.PkgName> imports = new ArrayList<>();
    /** The declaration being checked, whose dependencies uses of package-level objects add to. */
    DeclInfo current;
    /** Where the checker is, for internal error reports. */
    Pos at = Pos.NONE;
    /**
     * While checking a constant whose initializer is inherited from an earlier spec, every error
     * is reported at the constant's name (the expression is elsewhere), as gc does.
     */
    Pos errpos;

    final Decls decl = new Decls(this);
    final TypeExprs types = new TypeExprs(this);
    final Exprs exprs = new Exprs(this);
    final Operators ops = new Operators(this);
    final Untyped untyped = new Untyped(this);
    final Calls calls = new Calls(this);
    final Builtins builtins = new Builtins(this);
    final Assign assign = new Assign(this);
    final Stmts stmts = new Stmts(this);

    private Checker(String importPath, String name, List<File> files, Importer importer, Diagnostics diags) {
        this.pkg = new Package(importPath, name);
        this.info = pkg.info();
        this.importer = importer;
        this.diags = diags;
        this.files = files;
    }

    /** Checks files as the package importPath; errors go to diags. */
    public static Package check(String importPath, List<File> files, Importer importer, Diagnostics diags) {
        String name = files.isEmpty() ? "main" : files.get(0).pkgName().name();
        Checker c = new Checker(importPath, name, files, importer, diags);
        try {
            c.run();
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(c.at, "internal compiler error: " + e);
        }
        c.pkg.markComplete();
        return c.pkg;
    }

    private void run() {
        for (File f : files) {
            if (f.pkgName().isBlank()) error(f.pkgName(), "invalid package name _");
            Directives.check(this, f);
        }
        new Resolver(this).collect();
        for (Obj o : ordered) decl.objDecl(o);
        decl.checkValidTypes();
        for (int i = 0; i < later.size(); i++) later.get(i).run();
        untyped.flush();
        new InitOrder(this).compute();
        unusedImports();
    }

    private void unusedImports() {
        for (Obj.PkgName p : imports) {
            if (p.used || p.name().equals("_")) continue;
            String path = p.imported.path();
            String elem = path.substring(path.lastIndexOf('/') + 1);
            if (p.name().equals(elem) || p.name().equals(".")) {
                error(p.pos(), "imported and not used: \"" + path + "\"");
            } else {
                error(p.pos(), "imported and not used: \"" + path + "\" as " + p.name());
            }
        }
    }

    void error(Pos pos, String msg) {
        // Like gc, drop messages about invalid types or operands once an error is out: they follow from it.
        if (diags.hasErrors() && (msg.indexOf("invalid type") > 0 || msg.indexOf("invalid operand") > 0)) return;
        diags.error(errpos != null ? errpos : pos, msg);
    }

    void error(dev.jgo.syntax.Node n, String msg) {
        error(n instanceof Expr e ? Positions.start(e) : n.pos(), msg);
    }

    /** An error about x, reported at x's position; x becomes invalid. */
    void error(Operand x, String msg) {
        error(x.pos(), msg);
        x.mode = Operand.Mode.INVALID;
    }

    String str(Operand x) {
        return x.describe(pkg);
    }

    String str(Type t) {
        return TypeString.of(t, pkg);
    }

    /** Records the facts about a checked expression. */
    void record(Operand x) {
        if (x.expr == null) return;
        Info.Mode m = switch (x.mode) {
            case INVALID -> null;
            case NOVALUE -> Info.Mode.NOVALUE;
            case BUILTIN -> Info.Mode.BUILTIN;
            case TYPEXPR -> Info.Mode.TYPE;
            case CONSTANT -> Info.Mode.CONSTANT;
            case VARIABLE -> Info.Mode.VARIABLE;
            case MAPINDEX -> Info.Mode.MAPINDEX;
            case VALUE, NILVALUE -> Info.Mode.VALUE;
            case COMMAOK -> Info.Mode.COMMAOK;
        };
        if (m == null) return;
        info.types.put(x.expr, new Info.TypeAndValue(m, x.type, x.mode == Operand.Mode.CONSTANT ? x.val : null));
    }

    void recordDef(Expr.Ident id, Obj o) {
        if (id != null) info.defs.put(id, o);
    }

    void recordUse(Expr.Ident id, Obj o) {
        info.uses.put(id, o);
    }

    /** Declares obj in scope, reporting a redeclaration; returns whether obj was declared. */
    boolean declare(Scope scope, Expr.Ident id, Obj obj) {
        if (!obj.name().equals("_")) {
            Obj alt = scope.insert(obj);
            if (alt != null) {
                String msg = obj.name() + " redeclared in this block";
                if (alt.pos().isKnown()) msg += "\n\t" + alt.pos() + ": other declaration of " + obj.name();
                error(obj.pos(), msg);
                return false;
            }
        }
        if (id != null) recordDef(id, obj);
        return true;
    }
}

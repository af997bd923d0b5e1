package dev.jgo.types;

import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Spec;
import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Value;
import java.util.ArrayList;
import java.util.List;

/** Collects the package-level objects of all files and associates methods with their types. */
final class Resolver {
    private final Checker c;
    private final List<Obj.Func> methods = new ArrayList<>();
    private final List<Decl.FuncDecl> methodDecls = new ArrayList<>();

    Resolver(Checker c) {
        this.c = c;
    }

    void collect() {
        for (File f : c.files) {
            Scope fileScope = new Scope(c.pkg.scope(), false, "file " + f.filename());
            c.info.scopes.put(f, fileScope);
            for (Decl d : f.decls()) {
                c.at = d.pos();
                switch (d) {
                    case Decl.GenDecl g -> genDecl(g, fileScope);
                    case Decl.FuncDecl fd -> funcDecl(fd, f, fileScope);
                    case Decl.Bad b -> {}
                }
            }
        }
        for (File f : c.files) {
            Scope fileScope = c.info.scopes.get(f);
            for (Obj o : fileScope.objects()) {
                Obj alt = c.pkg.scope().lookup(o.name());
                if (alt != null && o instanceof Obj.PkgName p) {
                    c.error(alt.pos(), alt.name() + " already declared through import of " + p.imported());
                }
            }
        }
        associateMethods();
    }

    private void genDecl(Decl.GenDecl g, Scope fileScope) {
        Spec.Value last = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.Import im -> importSpec(im, fileScope);
                case Spec.Value v when g.tok() == Token.CONST -> {
                    if (v.type() != null || !v.values().isEmpty() || last == null) last = v;
                    constSpec(v, last, fileScope);
                }
                case Spec.Value v -> varSpec(v, fileScope);
                case Spec.Type t -> {
                    Obj.TypeName tn = new Obj.TypeName(t.name().pos(), t.name().name(), c.pkg, null, t.alias());
                    if (!t.alias()) tn.type = new Type.Named(tn);
                    DeclInfo d = new DeclInfo(fileScope);
                    d.tspec = t;
                    declarePkgObj(t.name(), tn, d);
                }
            }
        }
    }

    private void importSpec(Spec.Import im, Scope fileScope) {
        Value pv = Constant.makeFromLiteral(im.path().value(), Token.STRING);
        String path = pv.kind() == dev.jgo.types.constant.Kind.STRING
                ? new String(Constant.stringBytes(pv), java.nio.charset.StandardCharsets.UTF_8) : "";
        String bad = ImportPaths.invalid(path);
        if (bad != null) {
            c.error(im.path().pos(), "invalid import path (" + bad + ")");
            return;
        }
        if (path.startsWith("/")) {
            c.error(im.path().pos(), "could not import " + path + " (import path cannot be absolute path)");
            return;
        }
        if (path.equals("C")) {
            c.error(im.path().pos(), "could not import C (cgo is not supported)");
            return;
        }
        Package imp = path.equals("unsafe") ? Universe.UNSAFE : c.importer.importPackage(path, im.path().pos());
        if (imp == null) {
            imp = new Package(path, path.substring(path.lastIndexOf('/') + 1));
            imp.fake = true;
        }
        if (!imp.fake && !c.pkg.imports.contains(imp)) c.pkg.imports.add(imp);
        String name = im.name() != null ? im.name().name() : imp.name();
        if (name.equals("init")) {
            c.error(im.pos(), "cannot import package as init - init must be a func");
            return;
        }
        Pos pos = im.name() != null ? im.name().pos() : im.path().pos();
        Obj.PkgName pn = new Obj.PkgName(pos, name, c.pkg, imp);
        if (im.name() != null) c.recordDef(im.name(), pn);
        else c.info.implicits.put(im, pn);
        if (imp.fake) pn.used = true;
        c.imports.add(pn);
        if (name.equals(".")) {
            if (imp.fake) c.exprs.failedDotImport = true;
            for (Obj o : imp.scope().objects()) {
                if (o.exported()) {
                    fileScope.insert(o);
                    c.exprs.dotImported.put(o, pn);
                }
            }
            return;
        }
        if (!name.equals("_")) c.declare(fileScope, null, pn);
    }

    private void constSpec(Spec.Value v, Spec.Value src, Scope fileScope) {
        for (int i = 0; i < v.names().size(); i++) {
            Expr.Ident id = v.names().get(i);
            Obj.Const k = new Obj.Const(id.pos(), id.name(), c.pkg, null, null);
            DeclInfo d = new DeclInfo(fileScope);
            d.typ = src.type();
            d.init = i < src.values().size() ? src.values().get(i) : null;
            d.iota = v.iota();
            d.inherited = v != src;
            declarePkgObj(id, k, d);
        }
        Decls.arity(c, v, src, true);
    }

    private void varSpec(Spec.Value v, Scope fileScope) {
        List<Obj.Var> lhs = new ArrayList<>();
        for (Expr.Ident id : v.names()) lhs.add(Obj.Var.of(id.pos(), id.name(), c.pkg, null));
        DeclInfo shared = null;
        if (v.values().size() == 1 && v.names().size() > 1) {
            shared = new DeclInfo(fileScope);
            shared.lhs = lhs;
            shared.typ = v.type();
            shared.init = v.values().get(0);
        }
        for (int i = 0; i < lhs.size(); i++) {
            DeclInfo d = shared;
            if (d == null) {
                d = new DeclInfo(fileScope);
                d.typ = v.type();
                d.init = i < v.values().size() ? v.values().get(i) : null;
            }
            declarePkgObj(v.names().get(i), lhs.get(i), d);
        }
        if (shared == null) Decls.arity(c, v, v, false);
    }

    private void funcDecl(Decl.FuncDecl fd, File f, Scope fileScope) {
        String name = fd.name().name();
        Obj.Func fn = new Obj.Func(fd.name().pos(), name, c.pkg, null);
        DeclInfo d = new DeclInfo(fileScope);
        d.fdecl = fd;
        if (fd.body() == null && fd.recv() == null && name.equals("init")) c.error(fd.name().pos(), "missing function body");
        if (fd.recv() != null) {
            c.recordDef(fd.name(), fn);
            c.decls.put(fn, d);
            c.ordered.add(fn);
            methods.add(fn);
            methodDecls.add(fd);
            return;
        }
        if (name.equals("init") || name.equals("main") && c.pkg.name().equals("main")) {
            if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                c.error(fd.name().pos(), "func " + name + " must have no arguments and no return values");
            }
        }
        if (name.equals("init")) {
            c.recordDef(fd.name(), fn);
            c.decls.put(fn, d);
            c.ordered.add(fn);
            return;
        }
        declarePkgObj(fd.name(), fn, d);
    }

    private void declarePkgObj(Expr.Ident id, Obj o, DeclInfo d) {
        if (o.name().equals("init")) {
            c.error(id.pos(), "cannot declare init - must be func");
            return;
        }
        if (o.name().equals("main") && c.pkg.name().equals("main") && !(o instanceof Obj.Func)) {
            c.error(id.pos(), "cannot declare main - must be func");
            return;
        }
        c.declare(c.pkg.scope(), id, o);
        c.decls.put(o, d);
        c.ordered.add(o);
    }

    /** Attaches each method to its receiver's base type (errors about bad receivers come later). */
    private void associateMethods() {
        for (int i = 0; i < methods.size(); i++) {
            Obj.Func m = methods.get(i);
            Obj.TypeName tn = baseTypeName(receiverBase(methodDecls.get(i).recv().type()));
            if (tn == null || !(tn.type instanceof Type.Named n) || m.name().equals("_")) continue;
            for (Obj.Func other : n.methods) {
                if (other.name().equals(m.name())) {
                    c.error(m.pos(), tn.name() + "." + m.name() + " redeclared in this block\n\t"
                            + other.pos() + ": other declaration of " + m.name());
                    m = null;
                    break;
                }
            }
            if (m != null) n.methods.add(m);
        }
    }

    /** The local defined type a receiver base name denotes, following aliases written as plain names. */
    private Obj.TypeName baseTypeName(Expr base) {
        for (int depth = 0; depth < 100 && base instanceof Expr.Ident id; depth++) {
            if (!(c.pkg.scope().lookup(id.name()) instanceof Obj.TypeName tn)) return null;
            DeclInfo d = c.decls.get(tn);
            if (d == null || d.tspec == null) return null;
            if (!d.tspec.alias()) return tn;
            base = d.tspec.type();
            while (base instanceof Expr.Paren p) base = p.x();
        }
        return null;
    }

    /** The receiver type's base name expression: T of T, *T, (T), (*T). */
    static Expr receiverBase(Expr e) {
        while (true) {
            if (e instanceof Expr.Paren p) e = p.x();
            else if (e instanceof Expr.Star s) e = s.x();
            else return e;
        }
    }
}

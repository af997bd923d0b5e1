package dev.jgo.ssagen;

import dev.jgo.build.LoadedPackage;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of SSA construction: a checked package becomes one {@link Func} per function
 * with a body, plus the package's generated {@code init} (package-level variables in the
 * checker's initialization order, then the init functions in source order, named init.0,
 * init.1, … as gc names them). Constructs not handled yet are reported through the diagnostics
 * at their position; the other functions are still built.
 */
public final class SsaGen {
    final Info info;
    private final String prefix;
    private final Map<Obj, Sym.Global> syms = new HashMap<>();
    private final Map<Obj.Func, String> initNames = new HashMap<>();

    private SsaGen(Package pkg) {
        this.info = pkg.info();
        this.prefix = pkg.name().equals("main") ? "main" : pkg.path();
    }

    public static List<Func> build(LoadedPackage p, Diagnostics diags) {
        return build(p.types(), p.files(), diags);
    }

    /** Builds every function of the package (in source order, the generated init last). */
    public static List<Func> build(Package pkg, List<File> files, Diagnostics diags) {
        SsaGen gen = new SsaGen(pkg);
        List<Func> out = new ArrayList<>();
        List<Obj.Func> inits = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.FuncDecl fd && fd.body() != null && gen.info.defs.get(fd.name()) instanceof Obj.Func fn) {
                    if (fd.recv() == null && fd.name().name().equals("init")) {
                        gen.initNames.put(fn, "init." + inits.size());
                        inits.add(fn);
                    }
                    gen.guarded(fd.pos(), () -> out.add(gen.function(fd, fn)), diags);
                }
            }
        }
        if (!gen.info.initOrder.isEmpty() || !inits.isEmpty()) {
            Pos pos = files.isEmpty() ? Pos.NONE : files.getFirst().pos();
            gen.guarded(pos, () -> out.add(gen.packageInit(inits, pos)), diags);
        }
        return out;
    }

    /** Builds the package and runs the SSA passes on each function (dumps as options ask). */
    public static List<Func> compile(Package pkg, List<File> files, PassOptions options, Diagnostics diags) {
        List<Func> funcs = build(pkg, files, diags);
        for (Func f : funcs) Passes.run(f, options);
        return funcs;
    }

    private void guarded(Pos pos, Runnable r, Diagnostics diags) {
        try {
            r.run();
        } catch (Unsupported e) {
            diags.error(e.pos, e.getMessage());
        } catch (RuntimeException e) {
            StackTraceElement[] at = e.getStackTrace();
            diags.error(pos, "internal compiler error: " + e + (at.length > 0 ? " at " + at[0] : ""));
        }
    }

    private Func function(Decl.FuncDecl d, Obj.Func fn) {
        Type.Signature sig = fn.signature();
        FuncGen g = new FuncGen(this, funcName(fn), sig, d.pos());
        Exprs x = exprs(g);
        List<Obj.Var> params = new ArrayList<>();
        if (sig.recv() != null) params.add(sig.recv());
        params.addAll(sig.params().vars());
        List<Obj.Var> named = new ArrayList<>();
        for (Obj.Var r : sig.results().vars()) {
            if (!r.name().isEmpty()) named.add(r);
        }
        List<Obj.Var> declared = new ArrayList<>(params);
        declared.addAll(named);
        Locals.classify(d.body(), declared, info, g.heapVars, g.frameVars);
        Stmts st = new Stmts(g, x, sig, named);
        for (Obj.Var p : params) {
            if (!p.name().isEmpty() && !p.name().equals("_")) st.declare(p, g.v(dev.jgo.ssa.GenericOp.Arg, p.type(), 0, p));
        }
        for (Obj.Var r : named) st.declare(r, null);
        st.block(d.body().stmts());
        if (g.cur != null) {
            g.pos = d.body().rbrace();
            List<Value> vals = new ArrayList<>();
            for (Obj.Var r : named) vals.add(st.readVar(r));
            st.exitWith(vals);
        }
        g.finish();
        return g.f;
    }

    private static Exprs exprs(FuncGen g) {
        Exprs x = new Exprs(g);
        x.ops = new Operators(g, x);
        x.calls = new Calls(g, x);
        return x;
    }

    /** The generated package initializer: variables in initialization order, then init.N. */
    private Func packageInit(List<Obj.Func> inits, Pos pos) {
        Type.Signature sig = new Type.Signature(null, Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        FuncGen g = new FuncGen(this, "init", sig, pos);
        Exprs x = exprs(g);
        Stmts st = new Stmts(g, x, sig, List.of());
        for (Info.Initializer in : info.initOrder) {
            g.pos = in.rhs().pos();
            List<Value> vals = new ArrayList<>();
            st.values(List.of(in.rhs()), in.lhs().size(), vals);
            for (int i = 0; i < in.lhs().size(); i++) {
                Obj.Var v = in.lhs().get(i);
                if (v == null || v.name().equals("_")) continue;
                g.store(v.type(), g.v(dev.jgo.ssa.GenericOp.Addr, new Type.Pointer(v.type()), 0, global(v), g.sb), vals.get(i));
            }
        }
        for (Obj.Func fn : inits) g.call(funcSym(fn), List.of());
        st.exitWith(List.of());
        g.finish();
        return g.f;
    }

    /** gc's name of a function in dumps: f, T.m, (*T).m, init.0. */
    String funcName(Obj.Func fn) {
        String init = initNames.get(fn);
        if (init != null) return init;
        Type.Signature sig = fn.signature();
        if (sig.recv() == null) return fn.name();
        Type rt = sig.recv().type();
        if (rt instanceof Type.Pointer p) return "(*" + SsaTypes.toString(p.elem()).replaceFirst("^.*\\.", "") + ")." + fn.name();
        return SsaTypes.toString(rt).replaceFirst("^.*\\.", "") + "." + fn.name();
    }

    Sym.Global funcSym(Obj.Func fn) {
        return syms.computeIfAbsent(fn, o -> new Sym.Global(prefix + "." + funcName(fn), fn.signature()));
    }

    Sym.Global global(Obj.Var v) {
        return syms.computeIfAbsent(v, o -> new Sym.Global(prefix + "." + v.name(), v.type()));
    }
}

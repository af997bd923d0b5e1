package dev.jgo.ssagen;

import dev.jgo.build.LoadedPackage;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.ssa.GenericOp;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
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
    private final Map<String, Sym.Global> methodWrappers = new HashMap<>();
    /** The method value wrappers, built on first use and listed after everything else. */
    private final List<Func> wrappers = new ArrayList<>();
    /** The functions built, in order; function literals are added as they are met. */
    private final List<Func> out = new ArrayList<>();

    SsaGen(Package pkg) {
        this.info = pkg.info();
        this.prefix = symbolPrefix(pkg);
    }

    public static List<Func> build(LoadedPackage p, Diagnostics diags) {
        return build(p.types(), p.files(), diags);
    }

    /** Builds every function of the package (in source order, the generated init last). */
    public static List<Func> build(Package pkg, List<File> files, Diagnostics diags) {
        SsaGen gen = new SsaGen(pkg);
        List<Func> out = gen.out;
        List<Obj.Func> inits = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.FuncDecl fd && fd.body() != null && gen.info.defs.get(fd.name()) instanceof Obj.Func fn) {
                    if (fd.recv() == null && fd.name().name().equals("init")) {
                        gen.initNames.put(fn, "init." + inits.size());
                        inits.add(fn);
                    }
                    gen.guarded(fd.pos(), () -> gen.function(gen.funcName(fn), fn.signature(), fd.pos(), fd.body(), List.of()), diags);
                }
            }
        }
        if (!gen.info.initOrder.isEmpty() || !inits.isEmpty()) {
            Pos pos = files.isEmpty() ? Pos.NONE : files.getFirst().pos();
            gen.guarded(pos, () -> out.add(gen.packageInit(inits, pos)), diags);
        }
        gen.guarded(Pos.NONE, () -> out.addAll(Wrappers.of(gen, pkg)), diags);
        out.addAll(gen.wrappers);
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

    /**
     * Builds one function and adds it to the output before the function literals inside it: a
     * declared function, or a function literal whose captured variables (by reference: the
     * closure holds pointers to them) are read through the closure pointer. When it fails, the
     * literals built on the way are dropped with it.
     */
    private void function(String name, Type.Signature sig, Pos pos, Stmt.Block body, List<Obj.Var> captured) {
        int mark = out.size();
        try {
            out.add(mark, build(name, sig, pos, body, captured));
        } catch (RuntimeException e) {
            out.subList(mark, out.size()).clear();
            throw e;
        }
    }

    private Func build(String name, Type.Signature sig, Pos pos, Stmt.Block body, List<Obj.Var> captured) {
        FuncGen g = new FuncGen(this, name, sig, pos);
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
        Locals.classify(body, declared, info, g.heapVars, g.frameVars);
        g.heapVars.addAll(captured);
        if (Defers.in(body)) g.defers = new Defers(g, sig);
        Closures.unpack(g, captured);
        Stmts st = new Stmts(g, x, sig, named);
        for (Obj.Var p : params) {
            if (!p.name().isEmpty() && !p.name().equals("_")) st.declare(p, g.v(GenericOp.Arg, p.type(), 0, p));
        }
        for (Obj.Var r : named) st.declare(r, null);
        if (g.defers != null) g.defers.enter();
        st.block(body.stmts());
        if (g.cur != null) {
            g.pos = body.rbrace();
            List<Value> vals = new ArrayList<>();
            for (Obj.Var r : named) vals.add(st.readVar(r));
            st.exitWith(vals);
        }
        if (g.defers != null) g.defers.finish(st);
        g.finish();
        return g.f;
    }

    /** Builds function literal lit met while building outer; returns the closure value. */
    Value closure(FuncGen outer, Expr.FuncLit lit) {
        String name = outer.f.name() + ".func" + outer.nextClosure();
        List<Obj.Var> captured = Closures.captured(lit, info);
        Type.Signature sig = (Type.Signature) info.typeOf(lit);
        function(name, sig, lit.pos(), lit.body(), captured);
        return Closures.make(outer, new Sym.Global(prefix + "." + name, sig), sig, captured);
    }

    static Exprs exprs(FuncGen g) {
        Exprs x = new Exprs(g);
        x.ops = new Operators(g, x);
        x.calls = new Calls(g, x);
        return x;
    }

    /** Adds f, a function generated for the package (listed last); returns its symbol. */
    Sym.Global generated(Func f) {
        wrappers.add(f);
        return new Sym.Global(prefix + "." + f.name(), f.type());
    }

    /** The generated package initializer: variables in initialization order, then init.N. */
    private Func packageInit(List<Obj.Func> inits, Pos pos) {
        Type.Signature sig = new Type.Signature(null, Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        FuncGen g = new FuncGen(this, "init", sig, pos);
        Exprs x = exprs(g);
        Stmts st = new Stmts(g, x, sig, List.of());
        for (Info.Initializer in : info.initOrder) {
            g.pos = in.rhs().pos();
            if (in.lhs().size() == 1 && in.lhs().getFirst() instanceof Obj.Var v && !v.name().equals("_")) {
                // a composite literal is built in place (no frame temporary as big as the variable)
                x.storeInto(g.v(GenericOp.Addr, new Type.Pointer(v.type()), 0, global(v), g.sb), v.type(), in.rhs());
                continue;
            }
            List<Value> vals = new ArrayList<>();
            st.values(List.of(in.rhs()), in.lhs().stream().map(v -> v == null || v.name().equals("_") ? null : v.type()).toList(), vals);
            for (int i = 0; i < in.lhs().size(); i++) {
                Obj.Var v = in.lhs().get(i);
                if (v == null || v.name().equals("_")) continue;
                g.store(v.type(), g.v(GenericOp.Addr, new Type.Pointer(v.type()), 0, global(v), g.sb), vals.get(i));
            }
        }
        for (Obj.Func fn : inits) g.call(funcSym(fn), List.of());
        st.exitWith(List.of());
        g.finish();
        return g.f;
    }

    /**
     * The method value recv.m: a closure of gc's wrapper T.m-fm holding a copy of the receiver
     * (taken now: later changes to the variable do not affect the value). Like gc's, the
     * wrapper is invisible to recover: a deferred method value's method may recover.
     */
    Value methodValue(FuncGen g, Obj.Func m, Value recv, Type.Signature sig) {
        boolean viaInterface = Calls.isInterfaceMethod(m);
        String name = (viaInterface ? SsaTypes.toString(recv.type()).replaceFirst("^.*\\.", "") + "." + m.name() : funcName(m)) + "-fm";
        Sym.Global wrapper = methodWrappers.computeIfAbsent(name, k -> {
            wrappers.add(methodWrapper(name, m, recv.type(), sig));
            return new Sym.Global(prefix + "." + name, sig);
        });
        if (viaInterface) g.nilCheck(g.v(GenericOp.ITab, dev.jgo.types.Universe.UNSAFE_POINTER, recv));
        return Closures.bind(g, wrapper, sig, List.of(recv));
    }

    /**
     * A function name of signature sig whose body calls target (same signature) with its
     * arguments and returns its results: the shape of an ABI wrapper, whose two conventions come
     * from how the build expands the function and the call. pos is where its code is said to be.
     */
    public static Func forwarder(Package pkg, String name, Type.Signature sig, String target, Pos pos) {
        SsaGen gen = new SsaGen(pkg);
        FuncGen g = new FuncGen(gen, name, sig, pos);
        List<Value> args = new ArrayList<>();
        for (Obj.Var p : sig.params().vars()) args.add(g.v(GenericOp.Arg, p.type(), 0, p));
        List<Value> results = g.call(new Sym.Global(target, sig), args);
        new Stmts(g, exprs(g), sig, List.of()).exitWith(results);
        g.finish();
        return g.f;
    }

    private Func methodWrapper(String name, Obj.Func m, Type recvType, Type.Signature sig) {
        FuncGen g = new FuncGen(this, name, sig, m.pos());
        Value recv = Closures.bound(g, List.of(recvType)).getFirst();
        List<Value> args = new ArrayList<>();
        for (Obj.Var p : sig.params().vars()) args.add(g.v(GenericOp.Arg, p.type(), 0, p));
        Defers.wrapperEntry(g);
        List<Value> results;
        if (Calls.isInterfaceMethod(m)) {
            results = new Interfaces(g).call(recv, recvType, m, args);
        } else {
            args.addFirst(recv);
            results = g.call(funcSym(m), args);
        }
        new Stmts(g, exprs(g), sig, List.of()).exitWith(results);
        g.finish();
        return g.f;
    }

    /** A package's symbols are qualified by its import path; the main package's by "main". */
    static String symbolPrefix(Package p) {
        return p.name().equals("main") ? "main" : p.path();
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
        return syms.computeIfAbsent(fn, o -> new Sym.Global(symbolPrefix(fn.pkg()) + "." + funcName(fn), fn.signature()));
    }

    /** The read-only closure of a top-level function used as a value (gc's main.f·f). */
    Sym.Global funcValue(Obj.Func fn) {
        return new Sym.Global(funcSym(fn).name() + "·f", fn.signature());
    }

    Sym.Global global(Obj.Var v) {
        return syms.computeIfAbsent(v, o -> new Sym.Global(symbolPrefix(v.pkg()) + "." + v.name(), v.type()));
    }
}

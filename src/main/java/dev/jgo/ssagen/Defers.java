package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Node;
import dev.jgo.syntax.Stmt;
import dev.jgo.types.BuiltinId;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * defer statements, and the returns of the functions that have them, in gc 1.19's
 * deferproc/deferreturn scheme (gc's open-coded defers are an optimization jgo does not make).
 *
 * <p>A defer statement evaluates the function value and the arguments, makes them a closure
 * without arguments (a wrapper, unless the call already is one) and calls
 * {@code runtime.deferproc(fn, &resumed)}. The results of such a function live in memory (its
 * named results in the frame or on the heap, the others in frame temporaries), because
 * deferred calls may change them and a recovered panic returns them as they are. Each return
 * stores its values there, calls {@code runtime.deferreturn()} and returns what is there then.
 *
 * <p>When a deferred call recovers a panic, the runtime resumes the function where deferproc
 * returned, with the frame's {@code resumed} flag set; the test after each deferproc call then
 * branches to the recovery exit, which returns like a bare return. That path may only use
 * the frame (SP-relative slots) and memory: the values that registers or spill slots held at
 * the deferproc call are gone by the time a panic resumes the function.
 */
final class Defers {
    private final FuncGen g;
    private final List<Type> resultTypes = new ArrayList<>();
    /** Per result: the Obj.Var of a named result in the frame, or a frame temporary. */
    private final List<Object> homes = new ArrayList<>();
    /** Per result: for a named result on the heap, the frame temporary holding its address. */
    private final List<Sym.Temp> heapHomes = new ArrayList<>();
    private final Sym.Temp resumed;
    private final List<Obj.Var> results;
    /** The recovery exit, made at the first defer statement. */
    private Block recoveryExit;
    private int wrappers;

    /**
     * Prepares function g (of signature sig, whose variables are classified) for defer: its
     * named results that are not on the heap move to the frame.
     */
    Defers(FuncGen g, Type.Signature sig) {
        this.g = g;
        this.results = sig.results().vars();
        for (Obj.Var r : results) {
            resultTypes.add(r.type());
            if (!r.name().isEmpty() && !g.heapVars.contains(r)) g.frameVars.add(r);
        }
        this.resumed = g.temp(Universe.BOOL);
    }

    /** Whether body (not counting function literals in it) has a defer statement. */
    static boolean in(Stmt.Block body) {
        Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> inLiterals = Collections.newSetFromMap(new IdentityHashMap<>());
        Locals.walk(body, n -> {
            if (n instanceof Stmt.Defer) all.add(n);
            if (n instanceof Expr.FuncLit lit) Locals.walk(lit.body(), m -> {
                if (m instanceof Stmt.Defer) inLiterals.add(m);
            });
        });
        return !inLiterals.containsAll(all);
    }

    /** At the entry, after the named results are declared: the homes of the other results. */
    void enter() {
        for (Obj.Var r : results) {
            boolean named = !r.name().isEmpty();
            Sym.Temp heap = null;
            if (named && g.heapVars.contains(r)) {
                heap = newTemp(new Type.Pointer(r.type()));
                g.store(heap.type(), g.localAddr(heap, heap.type()), g.read(r, heap.type()));
            }
            heapHomes.add(heap);
            if (named) {
                homes.add(r);
            } else {
                Sym.Temp t = newTemp(r.type());
                g.zeroMem(t.type(), g.localAddr(t, t.type()));
                homes.add(t);
            }
        }
        newDef(resumed);
    }

    private Sym.Temp newTemp(Type t) {
        Sym.Temp tmp = g.temp(t);
        newDef(tmp);
        return tmp;
    }

    private void newDef(Object slot) {
        g.setMem(g.v(VarDef, SsaTypes.MEM, 0, slot, g.mem()));
    }

    /** The address of result i, from the frame alone. */
    private Value home(int i) {
        Type t = resultTypes.get(i);
        Sym.Temp heap = heapHomes.get(i);
        if (heap != null) return g.load(heap.type(), g.localAddr(heap, heap.type()));
        return g.localAddr(homes.get(i), t);
    }

    /** A return of vals: stored as the results, the deferred calls run, the results as they are then. */
    List<Value> returning(List<Value> vals) {
        for (int i = 0; i < vals.size(); i++) g.store(resultTypes.get(i), home(i), vals.get(i));
        g.rtcall("deferreturn");
        return currentResults();
    }

    private List<Value> currentResults() {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < resultTypes.size(); i++) out.add(g.load(resultTypes.get(i), home(i)));
        return out;
    }

    /** At the end of the function: the recovery exit returns the results as a bare return would. */
    void finish(Stmts st) {
        if (recoveryExit == null) return;
        g.startSealed(recoveryExit);
        st.exitWith(currentResults());
    }

    /** defer call: the deferred closure made now, recorded by deferproc. */
    void defer(Stmt.Defer d, Exprs x) {
        if (!(Exprs.unparen(d.call()) instanceof Expr.Call c)) throw new Unsupported(d.pos(), "defer of a non-call");
        Value fn = closure(c, x);
        g.pos = d.pos();
        g.store(Universe.BOOL, g.localAddr(resumed, Universe.BOOL), g.constBool(false));
        g.rtcall("deferproc", fn, g.localAddr(resumed, Universe.BOOL));
        Value again = g.load(Universe.BOOL, g.localAddr(resumed, Universe.BOOL));
        if (recoveryExit == null) recoveryExit = g.newBlock();
        Block cont = g.newBlock();
        g.branch(again, recoveryExit, cont, Block.Likely.UNLIKELY);
        g.startSealed(cont);
    }

    /**
     * The closure without arguments that makes call c: a func value of that signature itself
     * (gopanic then calls it directly, so recover works in it), or a wrapper of the function
     * value or method, its receiver and its arguments, evaluated now.
     */
    private Value closure(Expr.Call c, Exprs x) {
        Expr fun = Exprs.unparen(c.fun());
        Info.Selection sel = fun instanceof Expr.Selector s ? g.info.selections.get(s) : null;
        boolean method = sel != null && sel.kind() == Info.Selection.Kind.METHOD_VAL;
        if (fun instanceof Expr.Ident id && g.info.objectOf(id) instanceof Obj.Builtin b) return builtin(b.id(), c, x);
        if (!method && c.args().isEmpty() && x.typeOf(fun).underlying() instanceof Type.Signature sig
                && sig.params().size() == 0 && sig.results().size() == 0) {
            return x.expr(fun);
        }
        if (method && sel.obj() instanceof Obj.Func m && !(m.signature().recv().type().underlying() instanceof Type.Interface)) {
            List<Value> parts = new ArrayList<>();
            parts.add(x.calls.receiver(((Expr.Selector) fun).x(), sel, m));
            parts.addAll(x.calls.args(m.signature(), c));
            Sym.Global target = g.pkg.funcSym(m);
            return wrap(parts, (w, v) -> w.g.call(target, v));
        }
        if (!method && Exprs.denotedObject(g.info, fun) instanceof Obj.Func fn) {
            Sym.Global target = g.pkg.funcSym(fn);
            return wrap(x.calls.args(fn.signature(), c), (w, v) -> w.g.call(target, v));
        }
        if (!(x.typeOf(fun).underlying() instanceof Type.Signature sig)) throw new Unsupported(c.pos(), "defer of " + Kinds.str(x.typeOf(fun)));
        List<Value> parts = new ArrayList<>();
        parts.add(x.expr(fun));
        parts.addAll(x.calls.args(sig, c));
        return wrap(parts, (w, v) -> w.g.closureCall(sig, v.getFirst(), v.subList(1, v.size())));
    }

    /** A deferred built-in: panic, print, println and recover. */
    private Value builtin(BuiltinId id, Expr.Call c, Exprs x) {
        switch (id) {
            case PANIC -> {
                Expr a = c.args().getFirst();
                Value e = new Conversions(g).toEmptyInterface(x.expr(a), x.typeOf(a));
                return wrap(List.of(e), (w, v) -> {
                    w.g.rtcall("gopanic", v.getFirst());
                    w.g.exit();
                });
            }
            case PRINT, PRINTLN -> {
                List<Object> items = new Builtins(g, x, x.calls).printArgs(c.args(), id == BuiltinId.PRINTLN);
                List<Value> parts = new ArrayList<>();
                for (Object it : items) {
                    if (it instanceof Object[] pair) parts.add((Value) pair[0]);
                }
                return wrap(parts, (w, v) -> {
                    List<Object> loaded = new ArrayList<>();
                    int next = 0;
                    for (Object it : items) loaded.add(it instanceof Object[] pair ? new Object[] {v.get(next++), pair[1]} : it);
                    w.builtins().printItems(loaded);
                });
            }
            case RECOVER -> {
                return wrap(List.of(), (w, v) -> w.builtins().recover());
            }
            default -> throw new Unsupported(c.pos(), "defer of built-in " + id.name().toLowerCase());
        }
    }

    /**
     * In a wrapper (of a deferred call, of a method value), after loading its closure's values:
     * when a panic called the wrapper as a deferred call, the function it calls takes its place,
     * so that recover works there (gc's WRAPPER prologue does this).
     */
    static void wrapperEntry(FuncGen w) {
        w.rtcall("wrapperargp", w.v(GetCallerSP, Universe.UINTPTR));
    }

    /** The function being built for a wrapper, and its expression lowering. */
    record Wrapper(FuncGen g, Exprs x) {
        Builtins builtins() {
            return new Builtins(g, x, x.calls);
        }
    }

    /** What a wrapper does with its values (loaded from its closure). */
    interface Body {
        void emit(Wrapper w, List<Value> values);
    }

    /**
     * The closure of a new wrapper function holding parts. The wrapper first tells the runtime
     * that it is one (so that recover works in the function it calls, as if that were the
     * deferred function), then runs body with the parts loaded from its closure.
     */
    private Value wrap(List<Value> parts, Body body) {
        Type.Signature sig = new Type.Signature(null, Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        String name = g.f.name() + ".deferwrap" + ++wrappers;
        FuncGen w = new FuncGen(g.pkg, name, sig, g.pos);
        Exprs wx = SsaGen.exprs(w);
        List<Value> values = Closures.bound(w, parts.stream().map(Value::type).toList());
        wrapperEntry(w);
        body.emit(new Wrapper(w, wx), values);
        if (w.cur != null) new Stmts(w, wx, sig, List.of()).exitWith(List.of());
        w.finish();
        return Closures.bind(g, g.pkg.generated(w.f), sig, parts);
    }
}

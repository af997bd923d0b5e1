package dev.jgo.build;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.Passes;
import dev.jgo.ssagen.Algs;
import dev.jgo.ssagen.Sym;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Package;
import dev.jgo.types.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hash and equality functions type descriptors point at (dev.jgo.ssagen.Algs): a descriptor
 * refers to a function through its read-only closure (name·f); the generated ones are built and
 * compiled once per program, after the packages, with those they call in turn.
 */
final class AlgFuncs {
    private final Statics statics;
    private final Set<String> requested = new HashSet<>();
    private final Deque<Algs.Alg> pending = new ArrayDeque<>();

    AlgFuncs(Statics statics) {
        this.statics = statics;
    }

    /** The closure of t's hash function, or null when t is not comparable. */
    SymRef hashClosure(Type t) {
        return closure(Algs.hash(t));
    }

    /** The closure of t's equality function (a type descriptor's equal), or null when t is not comparable. */
    SymRef equalClosure(Type t) {
        return closure(Algs.equal(t));
    }

    private SymRef closure(Algs.Alg a) {
        if (a == null) return null;
        want(a);
        Sym.Global c = new Sym.Global(a.name() + "·f", a.sym().type());
        statics.refer(c);
        return SymRef.data(c.name());
    }

    private void want(Algs.Alg a) {
        if (a.generated() && requested.add(a.name())) pending.add(a);
    }

    /** Builds and compiles every generated function asked for so far (pkg: whose types the ABI sees). */
    List<Symbol> compile(Compiler.Options options, Compiler compiler, Package pkg, Diagnostics diags) {
        List<Symbol> out = new ArrayList<>();
        TypeAdapter adapter = new TypeAdapter(pkg);
        while (!pending.isEmpty()) {
            Algs.Alg a = pending.poll();
            try {
                Func f = Algs.build(pkg, a, this::want);
                Passes.run(f, options.passes());
                out.add(compiler.compileFunc(f, f.name(), compiler.config(adapter, options.goAbi())).symbol());
            } catch (RuntimeException e) {
                diags.error(Pos.NONE, Compiler.internalError(e));
            }
        }
        return out;
    }
}

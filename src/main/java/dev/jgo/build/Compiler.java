package dev.jgo.build;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.amd64.emit.Backend;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.CopyElim;
import dev.jgo.ssa.DeadCode;
import dev.jgo.ssa.DumpConfig;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.expand.DecomposePhis;
import dev.jgo.ssa.expand.ExpandCalls;
import dev.jgo.ssa.expand.ExpandConfig;
import dev.jgo.ssagen.SsaGen;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Sizes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One package's Go code to object symbols: SSA construction and the generic passes, late call
 * expansion (every function ABIInternal, or ABI0 under -abi=stack), the amd64 back end; plus a
 * BSS symbol per package-level variable. Calls of assembly functions that exist only as ABI0
 * are expanded for ABI0 and target the ABI0 symbol directly (the back end restores R14 and X15
 * after them), so Go code needs no wrapper to reach them.
 */
final class Compiler {

    /** How to compile: the ABI of Go code, the pass options, whether to keep -S listings. */
    record Options(boolean stackAbi, PassOptions passes, boolean listings) {
        Abi goAbi() {
            return stackAbi ? Abi.ABI0 : Abi.INTERNAL;
        }
    }

    /** What a package compiled to: its symbols, listings if asked, and its init function (or null). */
    record Output(List<Symbol> symbols, List<String> listings, SymRef init) {}

    private final Options options;
    private final Set<String> abi0Only;
    private final Statics statics;

    /** abi0Only: names of the assembly functions defined only as ABI0. */
    Compiler(Options options, Set<String> abi0Only, Statics statics) {
        this.options = options;
        this.abi0Only = abi0Only;
        this.statics = statics;
    }

    /** The symbol prefix of a package's code, as ssagen names it. */
    static String prefix(Package p) {
        return p.name().equals("main") ? "main" : p.path();
    }

    /** Compiles p; SSA dumps (-d=ssa/…/dump) are written only when dump is set, as gc dumps only the package it compiles. */
    Output compile(LoadedPackage p, boolean dump, Diagnostics diags) {
        PassOptions passes = options.passes();
        if (!dump) passes = new PassOptions(passes.optimize(), passes.check(), passes.disabled(), DumpConfig.NONE);
        List<Func> funcs = SsaGen.compile(p.types(), p.files(), passes, diags);
        List<Symbol> symbols = new ArrayList<>(variables(p.types()));
        List<String> listings = new ArrayList<>();
        if (diags.hasErrors()) return new Output(symbols, listings, null);
        TypeAdapter adapter = new TypeAdapter(p.types());
        String prefix = prefix(p.types());
        SymRef init = null;
        Set<String> nosplit = nosplit(p);
        for (Func f : funcs) {
            String name = prefix + "." + f.name();
            try {
                Backend.Compiled c = compileFunc(f, name, config(adapter, options.goAbi()), nosplit.contains(f.name()));
                symbols.add(c.symbol());
                if (options.listings()) listings.add(c.listing(name, c.symbol().func().argsSize()));
            } catch (RuntimeException e) {
                diags.error(position(f), internalError(e));
                continue;
            }
            if (f.name().equals("init")) init = SymRef.func(name, options.goAbi());
        }
        return new Output(symbols, listings, init);
    }

    /** Expands f with cfg and runs the back end; the symbol is labelled with cfg's ABI. */
    Backend.Compiled compileFunc(Func f, String name, ExpandConfig cfg) {
        return compileFunc(f, name, cfg, false);
    }

    /** As above; a nosplit function gets no stack check (nor morestack path), as in gc. */
    private Backend.Compiled compileFunc(Func f, String name, ExpandConfig cfg, boolean nosplit) {
        statics.collect(f);
        DecomposePhis.run(f);
        ExpandCalls.Expanded e = ExpandCalls.run(f, cfg);
        CopyElim.run(f);
        DeadCode.run(f);
        return Backend.compile(f, e.shape(name, nosplit).withAbi(cfg.functionAbi()));
    }

    /**
     * The package's plain functions (no receiver) marked {@code //go:nosplit}. gc also checks at
     * link time that chains of them fit the guard area; jgo does not.
     */
    private static Set<String> nosplit(LoadedPackage p) {
        Set<String> out = new HashSet<>();
        for (File file : p.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.FuncDecl fd && fd.recv() == null
                        && fd.directives().stream().anyMatch(x -> x.name().equals("go:nosplit"))) {
                    out.add(fd.name().name());
                }
            }
        }
        return out;
    }

    /**
     * The configuration of a function of ABI abi: under -abi=stack every call is ABI0; otherwise
     * calls are ABIInternal except those of ABI0-only assembly functions.
     */
    ExpandConfig config(TypeAdapter adapter, Abi abi) {
        if (options.stackAbi()) return ExpandConfig.stack(adapter).forFunction(abi);
        return new ExpandConfig(false, abi, fn -> abi0Only.contains(calleeName(fn)) ? Abi.ABI0 : Abi.INTERNAL, adapter);
    }

    private static String calleeName(Object fn) {
        return fn instanceof SymRef r ? r.name() : String.valueOf(fn);
    }

    /** A zeroed BSS symbol per package-level variable. */
    private static List<Symbol> variables(Package p) {
        List<Symbol> out = new ArrayList<>();
        for (Obj o : p.scope().objects()) {
            if (o instanceof Obj.Var v && !v.name().equals("_")) {
                out.add(Symbol.bss(prefix(p) + "." + v.name(), SymKind.BSS, (int) Math.max(1, Sizes.alignof(v.type())), Sizes.sizeof(v.type())));
            }
        }
        return out;
    }

    static Pos position(Func f) {
        return f.entry().values().stream().map(v -> v.pos()).filter(Pos::isKnown).findFirst().orElse(Pos.NONE);
    }

    static String internalError(RuntimeException e) {
        StackTraceElement[] at = e.getStackTrace();
        return "internal compiler error: " + e.getMessage() + (at.length > 0 ? " (at " + at[0] + ")" : "");
    }
}

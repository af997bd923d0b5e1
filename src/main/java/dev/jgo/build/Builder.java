package dev.jgo.build;

import dev.jgo.amd64.emit.Backend;
import dev.jgo.asm.Assembler;
import dev.jgo.link.LinkError;
import dev.jgo.link.Linker;
import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Obj;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A program to an executable: load the main package and the runtime, assemble each package's
 * .s files, compile each package (in Loader.packages() order, each after its imports), add the
 * ABI wrappers the calls need and the list of package initializers, apply //go:linkname, and
 * link from _rt0_amd64_linux. Errors go to the diagnostics; nothing is thrown for bad input.
 */
public final class Builder {
    /** The data symbol runtime.main reads: a count, then each package's init as a func value. */
    static final String INITTASKS = "runtime.inittasks";

    private final Compiler.Options options;
    private final Diagnostics diags;
    /** Listings of every compiled function and wrapper, when the options ask for them. */
    private final List<String> listings = new ArrayList<>();

    public Builder(boolean stackAbi, dev.jgo.ssa.PassOptions passes, boolean listings, Diagnostics diags) {
        this.options = new Compiler.Options(stackAbi, passes, listings);
        this.diags = diags;
    }

    public List<String> listings() {
        return List.copyOf(listings);
    }

    /** Builds the program named by inputs; returns the executable's bytes, or null after errors. */
    public byte[] build(List<String> inputs) {
        Loader loader = Loader.standard(diags);
        LoadedPackage main = load(loader, inputs);
        if (main == null) return null;
        if (!main.types().name().equals("main")) {
            diags.error(Pos.NONE, "-buildmode=exe requires exactly one main package");
            return null;
        }
        if (!(main.types().scope().lookup("main") instanceof Obj.Func)) {
            diags.error(main.files().getFirst().pos(), "function main is undeclared in the main package");
            return null;
        }
        List<Symbol> symbols = compile(loader.packages(), null);
        if (symbols == null) return null;
        try {
            return Linker.link(symbols, List.of(Linker.DEFAULT_ENTRY));
        } catch (LinkError e) {
            diags.error(Pos.NONE, "internal compiler error: link: " + e.getMessage());
            return null;
        }
    }

    /**
     * The symbols of the program named by inputs, compiled (with the ABI wrappers) but not linked:
     * for tools and tests that place some of them themselves. Null after errors.
     */
    public List<Symbol> compileProgram(List<String> inputs) {
        Loader loader = Loader.standard(diags);
        LoadedPackage main = load(loader, inputs);
        return main == null ? null : compile(loader.packages(), null);
    }

    /**
     * Compiles the package named by inputs (and, for the wrappers it needs, its dependencies);
     * returns the listings of its functions and of the ABI wrappers, or null after errors.
     */
    public List<String> compilePackage(List<String> inputs) {
        Loader loader = Loader.standard(diags);
        LoadedPackage p = load(loader, inputs);
        if (p == null || compile(loader.packages(), p) == null) return null;
        return listings();
    }

    /** The package named by inputs, loaded after the runtime (every program needs it, as in gc). */
    private LoadedPackage load(Loader loader, List<String> inputs) {
        loader.importPackage("runtime", Pos.NONE);
        LoadedPackage main = loader.loadMain(inputs);
        return main == null || diags.hasErrors() ? null : main;
    }

    /**
     * Compiles packages (with their assembly) into the symbols of a whole program; null after
     * errors. Listings (when asked for) are kept for package listed (all when null) and wrappers.
     */
    private List<Symbol> compile(List<LoadedPackage> packages, LoadedPackage listed) {
        List<Symbol> asm = new ArrayList<>();
        for (LoadedPackage p : packages) asm.addAll(assemble(p));
        if (diags.hasErrors()) return null;
        Statics statics = new Statics(options.goAbi());
        Compiler compiler = new Compiler(options, abi0Only(asm), statics);
        List<Symbol> symbols = new ArrayList<>();
        List<SymRef> inits = new ArrayList<>();
        Map<String, AbiWrappers.Decl> decls = new HashMap<>();
        Map<String, String> linknames = new HashMap<>();
        for (LoadedPackage p : packages) {
            Compiler.Output out = compiler.compile(p, p == packages.getLast(), diags);
            symbols.addAll(out.symbols());
            if (listed == null || listed == p) listings.addAll(out.listings());
            if (out.init() != null) inits.add(out.init());
            declare(p, decls);
            linknames.putAll(linknames(p));
        }
        if (diags.hasErrors()) return null;
        symbols.removeIf(s -> s.ref().name().equals(INITTASKS));
        symbols.add(initTasks(inits));
        symbols.addAll(asm);
        symbols.addAll(statics.symbols());
        symbols = renamed(symbols, linknames);
        try {
            for (Backend.Compiled w : AbiWrappers.generate(symbols, decls, compiler)) {
                symbols.add(w.symbol());
                if (options.listings()) listings.add(w.listing(w.symbol().ref().name(), w.symbol().func().argsSize()));
            }
        } catch (RuntimeException e) {
            diags.error(Pos.NONE, Compiler.internalError(e));
            return null;
        }
        return symbols;
    }

    /** Every .s file of the package's directory, assembled. */
    private List<Symbol> assemble(LoadedPackage p) {
        List<Path> files;
        try (Stream<Path> s = Files.list(p.dir())) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".s")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Path> include = List.of(JgoRoot.std().resolve("include"), p.dir());
        // the main package's symbols are main.*, whatever its import path (gc's -p main)
        Assembler.Options opts = Assembler.Options.build(Compiler.prefix(p.types()), Assembler.isRuntimePackage(p.path()), include);
        List<Symbol> out = new ArrayList<>();
        for (Path f : files) out.addAll(Assembler.assemble(f, opts, diags).symbols());
        return out;
    }

    /** Names of the functions the assembly defines as ABI0 only. */
    private static Set<String> abi0Only(List<Symbol> asm) {
        Set<String> abi0 = new HashSet<>(), internal = new HashSet<>();
        for (Symbol s : asm) {
            if (s.ref().abi() == Abi.ABI0) abi0.add(s.ref().name());
            if (s.ref().abi() == Abi.INTERNAL) internal.add(s.ref().name());
        }
        abi0.removeAll(internal);
        return abi0;
    }

    /** The package's top-level functions by qualified name, for ABI wrappers. */
    private static void declare(LoadedPackage p, Map<String, AbiWrappers.Decl> decls) {
        for (Obj o : p.types().scope().objects()) {
            if (o instanceof Obj.Func f) decls.put(Compiler.prefix(p.types()) + "." + f.name(), new AbiWrappers.Decl(p.types(), f.signature()));
        }
    }

    /** {@code //go:linkname local target} directives of the package: qualified local name → target. */
    private static Map<String, String> linknames(LoadedPackage p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var f : p.files()) {
            Path file = Path.of(f.filename());
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (String line : lines) {
                String[] w = line.trim().split("\\s+");
                if (w.length == 3 && w[0].equals("//go:linkname")) out.put(Compiler.prefix(p.types()) + "." + w[1], w[2]);
            }
        }
        return out;
    }

    /**
     * Relocations retargeted: a linknamed local name to the name it stands for, and the address
     * of a function taken as data (the code pointer of a closure: the back end cannot tell it
     * from a global) to the function in the ABI of Go code.
     */
    private List<Symbol> renamed(List<Symbol> symbols, Map<String, String> linknames) {
        Set<String> data = new HashSet<>(), text = new HashSet<>();
        for (Symbol s : symbols) (s.ref().abi() == null ? data : text).add(s.ref().name());
        List<Symbol> out = new ArrayList<>();
        for (Symbol s : symbols) {
            List<Reloc> relocs = s.relocs().stream().map(r -> {
                SymRef t = r.target();
                String name = linknames.getOrDefault(t.name(), t.name());
                Abi abi = t.abi() == null && !data.contains(name) && text.contains(name) ? options.goAbi() : t.abi();
                return name.equals(t.name()) && abi == t.abi() ? r : new Reloc(r.offset(), r.type(), new SymRef(name, abi), r.addend());
            }).toList();
            out.add(new Symbol(s.ref(), s.kind(), s.flags(), s.align(), s.size(), s.content(), relocs, s.func()));
        }
        return out;
    }

    /** runtime.inittasks: the number of initializers, then a func value (closure pointer) each. */
    private Symbol initTasks(List<SymRef> inits) {
        byte[] content = new byte[8 + 16 * inits.size()];
        long n = inits.size();
        for (int i = 0; i < 8; i++) content[i] = (byte) (n >>> (8 * i));
        List<Reloc> relocs = new ArrayList<>();
        // Entry i points at a word after the list holding init i's address: a static closure.
        for (int i = 0; i < inits.size(); i++) {
            int slot = 8 + 8 * i, closure = 8 + 8 * inits.size() + 8 * i;
            relocs.add(new Reloc(slot, RelocType.ADDR64, SymRef.data(INITTASKS), closure));
            relocs.add(new Reloc(closure, RelocType.ADDR64, inits.get(i), 0));
        }
        return Symbol.data(INITTASKS, SymKind.DATA, 8, content, relocs);
    }
}

package dev.jgo.build;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.amd64.emit.Backend;
import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.expand.ExpandConfig;
import dev.jgo.ssagen.SsaGen;
import dev.jgo.types.Package;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ABI wrappers: for every call target (name, ABI) that is not defined while the same name is
 * defined in the other ABI, a function of the wanted ABI that calls the defined one. A wrapper
 * is ordinary SSA (ssagen's forwarder) expanded with its own ABI for the function and the
 * target's for the call, so the argument moves — registers to stack slots and back — are late
 * call expansion's; after a call into ABI0 code the back end re-establishes R14 (g from TLS)
 * and X15 (zero). Wrappers are DUPOK and ABIWRAPPER, as gc marks them.
 */
final class AbiWrappers {
    private AbiWrappers() {}

    /** A Go function's signature and the package whose types it uses. */
    record Decl(Package pkg, Type.Signature sig) {}

    /**
     * The wrappers the symbols need. decls gives the Go signature of each function by qualified
     * name (wrappers can only be made for functions declared in Go, as in gc).
     */
    static List<Backend.Compiled> generate(List<Symbol> symbols, Map<String, Decl> decls, Compiler compiler) {
        Set<SymRef> defined = new HashSet<>();
        for (Symbol s : symbols) defined.add(s.ref());
        Map<SymRef, SymRef> wanted = new LinkedHashMap<>();
        for (Symbol s : symbols) {
            for (Reloc r : s.relocs()) {
                SymRef t = r.target();
                if (t.abi() == null || defined.contains(t)) continue;
                SymRef other = SymRef.func(t.name(), t.abi() == Abi.ABI0 ? Abi.INTERNAL : Abi.ABI0);
                if (defined.contains(other) && decls.containsKey(t.name())) wanted.putIfAbsent(t, other);
            }
        }
        List<Backend.Compiled> out = new ArrayList<>();
        for (Map.Entry<SymRef, SymRef> w : wanted.entrySet()) {
            Decl d = decls.get(w.getKey().name());
            out.add(wrapper(w.getKey(), w.getValue(), d, compiler));
        }
        return out;
    }

    private static Backend.Compiled wrapper(SymRef self, SymRef target, Decl d, Compiler compiler) {
        Func f = SsaGen.forwarder(d.pkg(), self.name(), d.sig(), target.name());
        TypeAdapter adapter = new TypeAdapter(d.pkg());
        ExpandConfig cfg = new ExpandConfig(false, self.abi(), fn -> target.abi(), adapter);
        Backend.Compiled c = compiler.compileFunc(f, self.name(), cfg);
        Symbol s = c.symbol();
        Set<SymFlag> flags = new HashSet<>(s.flags());
        flags.add(SymFlag.DUPOK);
        flags.add(SymFlag.ABIWRAPPER);
        Symbol marked = new Symbol(s.ref(), s.kind(), flags, s.align(), s.size(), s.content(), s.relocs(), s.func());
        return new Backend.Compiled(marked, c.progs(), c.code(), c.frameSize(), c.nosplit(), c.closure());
    }
}

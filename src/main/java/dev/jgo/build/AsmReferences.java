package dev.jgo.build;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembly's references to symbols nothing defines, reported at the line of the instruction or
 * DATA that makes them (gc's linker reports them without a line: "main.f: relocation target
 * main.g not defined"). References into package runtime are left to the linker, which defines
 * some runtime symbols itself.
 */
final class AsmReferences {
    private AsmReferences() {}

    /** Reports the undefined targets of the relocations of the symbols in fromAsm; false if any. */
    static boolean check(List<Symbol> symbols, Set<SymRef> fromAsm, Diagnostics diags) {
        Set<SymRef> defined = new HashSet<>();
        for (Symbol s : symbols) defined.add(s.ref());
        boolean ok = true;
        for (Symbol s : symbols) {
            if (!fromAsm.contains(s.ref())) continue;
            for (Reloc r : s.relocs()) {
                SymRef t = r.target();
                if (defined.contains(t) || t.name().startsWith("runtime.")) continue;
                String from = s.func() == null ? s.ref().name() + ": " : "";
                diags.error(position(s, r), from + "relocation target " + t.name() + " not defined");
                ok = false;
            }
        }
        return ok;
    }

    /** The source line of the instruction that holds the relocation (none for data). */
    private static Pos position(Symbol s, Reloc r) {
        if (s.func() == null) return Pos.NONE;
        return s.func().lines().at(r.offset()).map(l -> new Pos(l.file(), l.line(), 0)).orElse(Pos.NONE);
    }
}

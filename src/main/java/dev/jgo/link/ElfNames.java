package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names symbols get in the ELF symbol table. A symbol is known by its name alone there, so
 * when both ABIs of a function are defined (live or not: gc's linker looks the other ABI up
 * among all loaded symbols) one of them is renamed, as gc's linker does: the ABI0
 * one becomes {@code name.abi0}, so that {@code name} denotes the register-ABI body tools and
 * other modules should reach; but when the ABI0 one is exported to C it keeps {@code name} (C
 * calls it by that name) and the ABIInternal one becomes {@code name.abiinternal}.
 */
final class ElfNames {
    private ElfNames() {}

    static Map<SymRef, String> of(List<Symbol> live, List<Symbol> all) {
        Map<SymRef, Symbol> byRef = new HashMap<>();
        all.forEach(s -> byRef.put(s.ref(), s));
        Map<SymRef, String> names = new HashMap<>();
        for (Symbol s : live) {
            String name = s.ref().name();
            if (s.kind() == SymKind.TEXT) {
                Symbol abi0 = byRef.get(SymRef.func(name, Abi.ABI0));
                boolean both = abi0 != null && byRef.containsKey(SymRef.func(name, Abi.INTERNAL));
                boolean exported = both && abi0.has(SymFlag.CGO_EXPORT);
                if (both && s.ref().abi() == Abi.ABI0 && !exported) name += ".abi0";
                if (both && s.ref().abi() == Abi.INTERNAL && exported) name += ".abiinternal";
            }
            names.put(s.ref(), name);
        }
        return names;
    }
}

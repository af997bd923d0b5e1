package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every symbol handed to the linker, by identity, in the order first defined. A second definition
 * of a (name, ABI) is kept out when either copy is DUPOK and is an error otherwise. The linker's
 * own section markers cannot be defined by the program.
 */
final class SymbolSet {
    private final Map<SymRef, Symbol> byRef = new LinkedHashMap<>();

    SymbolSet(List<Symbol> symbols, List<String> problems) {
        for (Symbol s : symbols) {
            Symbol old = byRef.putIfAbsent(s.ref(), s);
            boolean marker = Markers.lookup(s.ref()).isPresent();
            if (marker || old != null && !old.has(SymFlag.DUPOK) && !s.has(SymFlag.DUPOK)) {
                problems.add("duplicated definition of symbol " + s.ref().name());
            }
        }
    }

    Optional<Symbol> get(SymRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The ABIs other than {@code ref}'s under which {@code ref}'s name is a function. */
    List<Abi> otherAbis(SymRef ref) {
        return byRef.keySet().stream()
                .filter(r -> r.isFunc() && r.name().equals(ref.name()) && r.abi() != ref.abi())
                .map(SymRef::abi).toList();
    }

    /** All symbols in definition order. */
    List<Symbol> all() {
        return List.copyOf(byRef.values());
    }
}

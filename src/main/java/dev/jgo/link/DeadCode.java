package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dead-code elimination: keeps the symbols reachable from the roots (the entry point first)
 * through relocations, and drops the rest. Undefined targets are reported only when reachable,
 * so an unused function may call something that does not exist, as with gc.
 */
final class DeadCode {
    private DeadCode() {}

    /** The live symbols, in definition order. */
    static List<Symbol> live(SymbolSet set, List<SymRef> roots, List<String> problems) {
        Set<SymRef> seen = new HashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        Deque<Symbol> work = new ArrayDeque<>();
        for (SymRef root : roots) {
            Optional<Symbol> s = set.get(root);
            if (s.isEmpty() && Markers.lookup(root).isEmpty()) problems.add("entry symbol " + root + " not defined");
            s.filter(x -> seen.add(x.ref())).ifPresent(work::add);
        }
        while (!work.isEmpty()) {
            Symbol s = work.poll();
            for (Reloc r : s.relocs()) {
                Optional<Symbol> t = set.get(r.target());
                if (t.isEmpty() && Markers.lookup(r.target()).isEmpty()) {
                    String problem = undefined(set, s.ref(), r.target());
                    if (reported.add(problem)) problems.add(problem);
                }
                t.filter(x -> seen.add(x.ref())).ifPresent(work::add);
            }
        }
        return set.all().stream().filter(s -> seen.contains(s.ref())).toList();
    }

    private static String undefined(SymbolSet set, SymRef from, SymRef target) {
        String prefix = from.name() + ": relocation target " + target.name() + " not defined";
        List<Abi> others = set.otherAbis(target);
        if (target.isFunc() && !others.isEmpty()) {
            return prefix + " for " + target.abi() + " (but is defined for " + others.getFirst() + ")";
        }
        return prefix;
    }
}

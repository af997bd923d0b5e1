package dev.jgo.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The method set of a type (spec: "Method sets"), with each method's path through embedded
 * fields, as later stages need it for interface tables and wrappers.
 */
public final class MethodSets {
    private MethodSets() {}

    /**
     * The methods of t's method set, sorted by name: for a defined type T its value-receiver
     * methods and the promoted ones reachable without a pointer receiver requirement; for *T also
     * the pointer-receiver ones; for an interface its methods. Each entry is a METHOD_VAL
     * selection whose index path ends with the method's index in its type.
     */
    public static List<Info.Selection> of(Type t) {
        boolean isPtr = t instanceof Type.Pointer;
        Type base = isPtr ? ((Type.Pointer) t).elem() : t;
        if (base.underlying() instanceof Type.Interface i) {
            if (isPtr) return List.of();
            List<Info.Selection> out = new ArrayList<>();
            List<Obj.Func> all = i.allMethods();
            for (int k = 0; k < all.size(); k++) {
                out.add(new Info.Selection(Info.Selection.Kind.METHOD_VAL, t, all.get(k), List.of(k), false));
            }
            return out;
        }
        Map<String, Info.Selection> found = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        List<Entry> current = List.of(new Entry(base, List.of(), isPtr));
        Set<Type.Named> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!current.isEmpty()) {
            Map<String, List<Info.Selection>> level = new HashMap<>();
            Set<String> fieldNames = new HashSet<>();
            List<Entry> next = new ArrayList<>();
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Type.Named n) {
                    if (!seen.add(n)) continue;
                    for (int k = 0; k < n.methods.size(); k++) {
                        Obj.Func m = n.methods.get(k);
                        level.computeIfAbsent(m.name(), x -> new ArrayList<>())
                                .add(new Info.Selection(Info.Selection.Kind.METHOD_VAL, t, m, append(e.path(), k), e.indirect()));
                    }
                    typ = n.underlying();
                }
                switch (typ) {
                    case Type.Struct s -> {
                        for (int k = 0; k < s.fields().size(); k++) {
                            Obj.Var f = s.fields().get(k);
                            fieldNames.add(f.name());
                            if (!f.embedded()) continue;
                            Type ft = f.type();
                            boolean ptr = ft instanceof Type.Pointer;
                            next.add(new Entry(ptr ? ((Type.Pointer) ft).elem() : ft, append(e.path(), k), e.indirect() || ptr));
                        }
                    }
                    case Type.Interface i -> {
                        List<Obj.Func> all = i.allMethods();
                        for (int k = 0; k < all.size(); k++) {
                            level.computeIfAbsent(all.get(k).name(), x -> new ArrayList<>())
                                    .add(new Info.Selection(Info.Selection.Kind.METHOD_VAL, t, all.get(k), append(e.path(), k), e.indirect()));
                        }
                    }
                    default -> {}
                }
            }
            // A name found once at this depth (and not also a field) is a method, in the set unless
            // it needs a pointer receiver the path does not give; found more than once it is
            // ambiguous. Either way, like a field name, it hides the same name deeper down.
            for (var en : level.entrySet()) {
                if (blocked.contains(en.getKey()) || en.getValue().size() != 1 || fieldNames.contains(en.getKey())) continue;
                Info.Selection sel = en.getValue().get(0);
                if (((Obj.Func) sel.obj()).hasPtrRecv() && !sel.indirect()) continue;
                found.put(en.getKey(), sel);
            }
            blocked.addAll(level.keySet());
            blocked.addAll(fieldNames);
            current = next;
        }
        List<Info.Selection> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(s -> s.obj().name()));
        return out;
    }

    private record Entry(Type type, List<Integer> path, boolean indirect) {}

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return List.copyOf(r);
    }
}

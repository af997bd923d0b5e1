package dev.jgo.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the order in which package-level variables are initialized (the spec's rule: repeatedly
 * the earliest variable in declaration order that depends on no uninitialized variable) and
 * reports initialization loops.
 */
final class InitOrder {
    private final Checker c;

    InitOrder(Checker c) {
        this.c = c;
    }

    void compute() {
        List<Obj.Var> vars = new ArrayList<>();
        for (Obj o : c.ordered) if (o instanceof Obj.Var v) vars.add(v);
        Map<Obj.Var, Set<Obj.Var>> deps = new IdentityHashMap<>();
        Set<Obj> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Obj.Var v : vars) deps.put(v, varDeps(v));
        for (Obj.Var v : vars) {
            if (reported.contains(v) || !reaches(v, deps)) continue;
            List<Obj> cycle = findCycle(v);
            if (cycle != null) {
                reported.addAll(cycle);
                c.decl.reportCycle(cycle, "initialization loop for ", false);
            }
        }
        for (Obj.Var v : vars) deps.get(v).remove(v);
        Set<Obj.Var> done = Collections.newSetFromMap(new IdentityHashMap<>());
        while (done.size() < vars.size()) {
            Obj.Var next = null;
            for (Obj.Var v : vars) {
                if (!done.contains(v) && done.containsAll(deps.get(v))) {
                    next = v;
                    break;
                }
            }
            if (next == null) {
                // A loop (reported above): initialize the rest in declaration order.
                for (Obj.Var v : vars) if (!done.contains(v)) emit(v, done);
                break;
            }
            emit(next, done);
        }
    }

    private void emit(Obj.Var v, Set<Obj.Var> done) {
        DeclInfo d = c.decls.get(v);
        if (d == null) {
            done.add(v);
            return;
        }
        List<Obj.Var> lhs = d.lhs != null ? d.lhs : List.of(v);
        done.addAll(lhs);
        if (d.init != null) c.info.initOrder.add(new Info.Initializer(lhs, d.init));
    }

    /** Whether v depends on itself through other variables. */
    private static boolean reaches(Obj.Var v, Map<Obj.Var, Set<Obj.Var>> deps) {
        Set<Obj.Var> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj.Var> work = new ArrayList<>(deps.get(v));
        while (!work.isEmpty()) {
            Obj.Var w = work.remove(work.size() - 1);
            if (w == v) return true;
            if (seen.add(w) && deps.containsKey(w)) work.addAll(deps.get(w));
        }
        return false;
    }

    /** The package-level variables v's initializer reaches, directly or through functions. */
    private Set<Obj.Var> varDeps(Obj.Var v) {
        Set<Obj.Var> out = new LinkedHashSet<>();
        Set<Obj> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj> work = new ArrayList<>(depsOf(v));
        while (!work.isEmpty()) {
            Obj o = work.remove(work.size() - 1);
            if (!seen.add(o)) continue;
            if (o instanceof Obj.Var w) {
                out.add(w);
            } else if (o instanceof Obj.Func) {
                work.addAll(depsOf(o));
            }
        }
        return out;
    }

    private Set<Obj> depsOf(Obj o) {
        DeclInfo d = c.decls.get(o);
        return d == null ? Set.of() : d.deps;
    }

    /** A path of references from v back to v (through functions and variables), or null. */
    private List<Obj> findCycle(Obj.Var v) {
        List<Obj> path = new ArrayList<>();
        Set<Obj> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return dfs(v, v, path, seen) ? path : null;
    }

    private boolean dfs(Obj cur, Obj target, List<Obj> path, Set<Obj> seen) {
        path.add(cur);
        for (Obj d : depsOf(cur)) {
            if (d == target) return true;
            if ((d instanceof Obj.Func || d instanceof Obj.Var) && seen.add(d) && dfs(d, target, path, seen)) return true;
        }
        path.remove(path.size() - 1);
        return false;
    }
}

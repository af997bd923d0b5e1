package dev.jgo.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lexical scope: universe, package, file, function, or block. */
public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    /** Whether this is a function's outermost scope (closures capture across it). */
    final boolean isFunc;
    final String what;

    Scope(Scope parent, boolean isFunc, String what) {
        this.parent = parent;
        this.isFunc = isFunc;
        this.what = what;
        if (parent != null) parent.children.add(this);
    }

    public Scope parent() { return parent; }

    public Obj lookup(String name) {
        return elems.get(name);
    }

    /** The innermost object with this name in this scope or its ancestors, or null. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** Inserts obj unless the name is taken; returns the object already there, or null. */
    Obj insert(Obj obj) {
        Obj old = elems.putIfAbsent(obj.name(), obj);
        if (old == null && obj.parent == null) obj.parent = this;
        return old;
    }

    public Iterable<Obj> objects() {
        return elems.values();
    }

    /** The scopes nested directly in this one. */
    public List<Scope> children() {
        return children;
    }

    /** Whether this is a function's outermost scope (variables of enclosing scopes are captured). */
    public boolean isFunction() {
        return isFunc;
    }

    @Override
    public String toString() {
        return what + " scope " + elems.keySet();
    }
}

package dev.jgo.types;

import java.util.ArrayList;
import java.util.List;

/** A type-checked package: its scope of package-level objects and the facts recorded about its code. */
public final class Package {
    private final String path;
    private final String name;
    private final Scope scope = new Scope(Universe.SCOPE, false, "package");
    private final Info info = new Info();
    final List<Package> imports = new ArrayList<>();
    private boolean complete;
    /** Stands for a package that could not be imported (the error is reported): selectors on it stay quiet. */
    boolean fake;

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    /** The package-level objects. */
    public Scope scope() {
        return scope;
    }

    /** Types, constant values, definitions, uses, selections and init order of the package's code. */
    public Info info() {
        return info;
    }

    /** The packages imported by this one, in order of first import. */
    public List<Package> imports() {
        return imports;
    }

    /** Whether checking finished (it is false while the package is being checked). */
    public boolean complete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }

    @Override
    public String toString() {
        return "package " + name + " (\"" + path + "\")";
    }
}

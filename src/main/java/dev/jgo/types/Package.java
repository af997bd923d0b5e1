package dev.jgo.types;

/** A type-checked package. */
public final class Package {
    private final String path;
    private final String name;

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
}

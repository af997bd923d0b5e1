package dev.jgo.types;

import dev.jgo.syntax.Pos;

/** Gives the checker the packages a file imports. */
public interface Importer {
    /**
     * The checked package with this import path, or null when it cannot be had; in that case the
     * importer has already reported why at pos.
     */
    Package importPackage(String path, Pos pos);
}

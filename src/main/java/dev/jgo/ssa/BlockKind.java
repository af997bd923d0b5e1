package dev.jgo.ssa;

/**
 * What a block does at its end. Generic kinds are {@link GenericBlockKind}; the lowering adds
 * machine kinds (conditional jumps on flags) to the permitted list.
 */
public sealed interface BlockKind permits GenericBlockKind, Amd64Op.Branch {
    /** The kind's name as printed in dumps (gc's spelling). */
    String name();

    /** How many control values a block of this kind has. */
    int controls();

    /** How many successors a block of this kind has; -1 when it varies (jump tables). */
    int successors();
}

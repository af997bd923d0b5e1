package dev.jgo.syntax;

/**
 * A {@code //go:name args} comment (or {@code //line}, {@code //export}), kept by the scanner and
 * attached to the declaration that follows it.
 */
public record Directive(Pos pos, String name, String args) {}

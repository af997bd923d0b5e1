package dev.jgo.amd64;

/**
 * A position inside one function's instruction list. A {@link Op#LABEL} pseudo-instruction places
 * it; branches name it as their target, and listings print the target's code offset, as gc does.
 */
public record Label(int id) implements Operand {}

package dev.jgo.obj;

/**
 * What a symbol holds, which decides the section it is laid out in. The pointer-free kinds exist
 * so that the garbage collector can skip scanning them, as gc's do.
 */
public enum SymKind {
    /** Machine code: .text. */
    TEXT,
    /** Read-only data, e.g. string bytes: .rodata. */
    RODATA,
    /** Initialized data without pointers: .noptrdata. */
    NOPTRDATA,
    /** Initialized data that may hold pointers: .data. */
    DATA,
    /** Zero-initialized data that may hold pointers: .bss. */
    BSS,
    /** Zero-initialized data without pointers: .noptrbss. */
    NOPTRBSS;

    /** Whether symbols of this kind occupy bytes in the file (the bss kinds only take memory). */
    public boolean hasContent() {
        return this != BSS && this != NOPTRBSS;
    }
}

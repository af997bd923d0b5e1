package dev.jgo.obj;

/** Attributes of a symbol that the linker and the runtime tables care about. */
public enum SymFlag {
    /** Several objects may define this symbol; the linker keeps the first definition. */
    DUPOK,
    /** The function has no stack-growth check in its prologue. */
    NOSPLIT,
    /** A compiler-generated method wrapper: tracebacks hide it. */
    WRAPPER,
    /** A compiler-generated wrapper between ABI0 and ABIInternal. */
    ABIWRAPPER,
    /** The outermost frame of a goroutine: unwinders stop here. */
    TOPFRAME,
    /** Visible only inside the executable's own symbol table as a local (STB_LOCAL) symbol. */
    LOCAL,
    /**
     * An ABI0 function exported to C: it keeps its plain name in the ELF symbol table, and an
     * ABIInternal function of the same name is the one renamed (with {@code .abiinternal}).
     */
    CGO_EXPORT
}

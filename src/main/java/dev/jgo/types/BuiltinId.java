package dev.jgo.types;

/** The built-in functions, with their argument counts (variadic: at least nargs). */
public enum BuiltinId {
    APPEND("append", 1, true, false), CAP("cap", 1, false, false), CLOSE("close", 1, false, true),
    COMPLEX("complex", 2, false, false), COPY("copy", 2, false, true), DELETE("delete", 2, false, true),
    IMAG("imag", 1, false, false), LEN("len", 1, false, false), MAKE("make", 1, true, false),
    NEW("new", 1, false, false), PANIC("panic", 1, false, true), PRINT("print", 0, true, true),
    PRINTLN("println", 0, true, true), REAL("real", 1, false, false), RECOVER("recover", 0, false, true),
    ALIGNOF("Alignof", 1, false, false), OFFSETOF("Offsetof", 1, false, false), SIZEOF("Sizeof", 1, false, false),
    ADD("Add", 2, false, false), SLICE("Slice", 2, false, false);

    final String goName;
    final int nargs;
    final boolean variadic;
    /** Whether a call may stand alone as a statement. */
    final boolean isStatement;

    BuiltinId(String goName, int nargs, boolean variadic, boolean isStatement) {
        this.goName = goName;
        this.nargs = nargs;
        this.variadic = variadic;
        this.isStatement = isStatement;
    }

    public String goName() {
        return goName;
    }
}

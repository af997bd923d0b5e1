package dev.jgo.types;

/** The kinds of predeclared types, with their properties. */
public enum BasicKind {
    INVALID(0, 0),
    BOOL(Info.BOOLEAN, 1), INT(Info.INTEGER, 8), INT8(Info.INTEGER, 1), INT16(Info.INTEGER, 2),
    INT32(Info.INTEGER, 4), INT64(Info.INTEGER, 8),
    UINT(Info.INTEGER | Info.UNSIGNED, 8), UINT8(Info.INTEGER | Info.UNSIGNED, 1),
    UINT16(Info.INTEGER | Info.UNSIGNED, 2), UINT32(Info.INTEGER | Info.UNSIGNED, 4),
    UINT64(Info.INTEGER | Info.UNSIGNED, 8), UINTPTR(Info.INTEGER | Info.UNSIGNED, 8),
    FLOAT32(Info.FLOAT, 4), FLOAT64(Info.FLOAT, 8),
    COMPLEX64(Info.COMPLEX, 8), COMPLEX128(Info.COMPLEX, 16),
    STRING(Info.STRING, 16), UNSAFE_POINTER(0, 8),
    UNTYPED_BOOL(Info.BOOLEAN | Info.UNTYPED, 0), UNTYPED_INT(Info.INTEGER | Info.UNTYPED, 0),
    UNTYPED_RUNE(Info.INTEGER | Info.UNTYPED, 0), UNTYPED_FLOAT(Info.FLOAT | Info.UNTYPED, 0),
    UNTYPED_COMPLEX(Info.COMPLEX | Info.UNTYPED, 0), UNTYPED_STRING(Info.STRING | Info.UNTYPED, 0),
    UNTYPED_NIL(Info.UNTYPED, 0);

    private final int flags;
    /** Size in bytes on amd64; 0 for untyped kinds. */
    final int size;

    BasicKind(int flags, int size) {
        this.flags = flags;
        this.size = size;
    }

    public boolean isBoolean() { return (flags & Info.BOOLEAN) != 0; }
    public boolean isInteger() { return (flags & Info.INTEGER) != 0; }
    public boolean isUnsigned() { return (flags & Info.UNSIGNED) != 0; }
    public boolean isFloat() { return (flags & Info.FLOAT) != 0; }
    public boolean isComplex() { return (flags & Info.COMPLEX) != 0; }
    public boolean isString() { return (flags & Info.STRING) != 0; }
    public boolean isUntyped() { return (flags & Info.UNTYPED) != 0; }
    public boolean isNumeric() { return (flags & (Info.INTEGER | Info.FLOAT | Info.COMPLEX)) != 0; }
    public boolean isOrdered() { return (flags & (Info.INTEGER | Info.FLOAT | Info.STRING)) != 0; }
    public boolean isConstType() { return (flags & (Info.BOOLEAN | Info.INTEGER | Info.FLOAT | Info.COMPLEX | Info.STRING)) != 0; }

    /** Property bits. */
    private static final class Info {
        static final int BOOLEAN = 1, INTEGER = 2, UNSIGNED = 4, FLOAT = 8, COMPLEX = 16, STRING = 32, UNTYPED = 64;
    }
}

package dev.jgo.ssa;

/**
 * An SSA operation: what a {@link Value} computes. Generic (machine-independent) ops are
 * {@link GenericOp}; the lowering to amd64 adds its own enum to the permitted list. Every op
 * carries the metadata the passes and the checker rely on.
 */
public sealed interface Op permits GenericOp, Amd64Op {

    /** The op's name as printed in dumps (gc's spelling). */
    String name();

    /** The number of arguments, or -1 when it varies (Phi, calls, MakeResult). */
    int argLen();

    /** What aux and auxInt mean for this op. */
    AuxType auxType();

    /** The kind of type a value of this op must have, when the op fixes it. */
    Result result();

    boolean has(Flag flag);

    default boolean commutative() {
        return has(Flag.COMMUTATIVE);
    }

    default boolean isCall() {
        return has(Flag.CALL);
    }

    /** Whether the value must be kept even when nothing uses it. */
    default boolean hasSideEffects() {
        return has(Flag.SIDE_EFFECTS);
    }

    /** Properties beyond the argument count and types. */
    enum Flag {
        /** arg0 and arg1 may be swapped. */
        COMMUTATIVE,
        /** Calls a function: clobbers registers, takes and produces memory. */
        CALL,
        /** Must stay even if unused (e.g. a nil check that panics). */
        SIDE_EFFECTS,
        /** Panics when arg0 is nil. */
        NIL_CHECK,
        /** A memory access through arg0 that faults when arg0 is nil (so it is a nil check). */
        FAULT_ON_NIL_ARG0,
    }

    /** The meaning of a value's aux and auxInt fields (gc's auxType). */
    enum AuxType {
        /** Neither is used: aux is null and auxInt is 0. */
        NONE,
        /** auxInt is 0 or 1. */
        BOOL,
        /** auxInt holds a value sign-extended from 8, 16, 32 bits, or all 64 bits. */
        INT8, INT16, INT32, INT64,
        /** auxInt holds the bits of a double that is exactly a float32, or any double. */
        FLOAT32, FLOAT64,
        /** aux is a java.lang.String (Go string bytes as Latin-1 chars). */
        STRING,
        /** aux is a symbol (global, local variable, parameter). */
        SYM,
        /** aux is a symbol, auxInt an offset into it. */
        SYM_OFF,
        /** aux is a dev.jgo.types.Type (the stored type). */
        TYP,
        /** aux is a dev.jgo.types.Type, auxInt its size in bytes. */
        TYP_SIZE,
        /** aux is a {@link CallAux}, auxInt the size of the stack argument area. */
        CALL_OFF,
    }

    /** The type a value of the op must have. */
    enum Result {
        /** Decided by the value (the op is polymorphic or its type is the Go type computed). */
        ANY,
        /** The memory state ({@link SsaTypes#MEM}). */
        MEM,
        /** Nothing ({@link SsaTypes#VOID}). */
        VOID,
        /** A Go boolean. */
        BOOL,
        /** A tuple of results followed by memory (calls). */
        RESULTS,
    }
}

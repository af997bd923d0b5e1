package dev.jgo.asm;

import java.util.List;

/**
 * A name assembly may use for part of a function's argument frame, as go vet's asmdecl names
 * them: a parameter or result ({@code x}, or {@code arg}, {@code arg1}, {@code ret}, {@code ret1}…
 * when unnamed) and its components ({@code s_base}, {@code s_len}, {@code sl_cap},
 * {@code i_type}/{@code i_itable}, {@code i_data}, {@code c_real}, {@code c_imag}, {@code p_field},
 * {@code a_0}…). {@code inner} are the words of a string, slice, interface or complex number; {@code type} is the Go type as vet
 * prints it ({@code "string base"} and the like for components).
 */
public record ArgVar(String name, Kind kind, String type, long offset, long size, List<ArgVar> inner) {
    /** SCALAR values are checked by size; the others by their shape. */
    public enum Kind { SCALAR, STRING, SLICE, ARRAY, INTERFACE, STRUCT, COMPLEX }

    /** Whether a move of {@code width} bytes matches this variable (asmdecl's kind comparison). */
    boolean acceptsWidth(int width) {
        return switch (kind) {
            case SCALAR -> width == size;
            // the first word of a string, slice or interface (its pointer) may be moved alone
            case STRING, SLICE, INTERFACE -> width == inner.getFirst().size;
            // one instruction may move both halves of a complex number
            case COMPLEX -> width == size;
            case ARRAY, STRUCT -> false;
        };
    }

    /** The variable's description in a size error: that of its first word for the pointer-headed kinds. */
    ArgVar sized() {
        return switch (kind) {
            case STRING, SLICE, INTERFACE -> inner.getFirst();
            default -> this;
        };
    }
}

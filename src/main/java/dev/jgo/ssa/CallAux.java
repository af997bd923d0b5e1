package dev.jgo.ssa;

import dev.jgo.types.Type;

/**
 * The aux of a call: who is called and how. fn is the callee's symbol for static calls and null
 * for closure and interface calls; sig is the Go signature (receiver first for methods); abi
 * describes the register and stack assignment, filled in by the ABI work (null until then).
 */
public record CallAux(Object fn, Type.Signature sig, Object abi) {
    @Override
    public String toString() {
        return fn == null ? "AuxCall{nil}" : "AuxCall{" + Printer.auxName(fn) + "}";
    }
}

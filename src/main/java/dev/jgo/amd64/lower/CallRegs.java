package dev.jgo.amd64.lower;

import dev.jgo.amd64.Reg;
import dev.jgo.obj.SymRef;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Value;

import java.util.List;

/**
 * The ABI assignment of one call after late call expansion, kept as {@code CallAux.abi} of the
 * call: the callee (null for closure and interface calls), the register of each register
 * argument in the order the call's arguments are given, and the register of each register
 * result, in the order {@code CallResult [i]} numbers them. The stack part (stack arguments,
 * results and the spill area, {@code Assignment.argSize()}) is the call's auxInt.
 */
public record CallRegs(SymRef target, List<Reg> args, List<Reg> results) {
    public CallRegs {
        args = List.copyOf(args);
        results = List.copyOf(results);
    }

    /** The assignment of an expanded call; a call that lacks one is a bug in call expansion. */
    public static CallRegs of(Value call) {
        if (call.aux() instanceof CallAux c && c.abi() instanceof CallRegs r) return r;
        throw new IllegalStateException(call.longString() + ": an expanded call needs CallRegs as its CallAux.abi");
    }
}

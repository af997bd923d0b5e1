package dev.jgo.amd64.lower;

import dev.jgo.amd64.Reg;
import dev.jgo.obj.SymRef;

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
}

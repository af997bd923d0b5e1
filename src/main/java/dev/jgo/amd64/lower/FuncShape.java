package dev.jgo.amd64.lower;

import dev.jgo.amd64.Reg;
import dev.jgo.obj.Abi;

import java.util.List;

/**
 * What the back end must know about the function being compiled beyond its SSA: its symbol
 * name, every register parameter piece with its spill slot (the morestack path spills all of
 * them, used or not), the registers of its results in the order of {@code MakeResult}'s
 * arguments, the size of its own argument area, and whether it is a closure (morestack must
 * keep DX) or NOSPLIT (no stack check), and its own ABI: ABI0 code may be entered with R14 and
 * X15 clobbered (by assembly), so an ABI0 function re-establishes both on entry.
 */
public record FuncShape(String name, List<RegParam> params, List<Reg> results, long argSize,
                        boolean closure, boolean nosplit, Abi abi) {
    public FuncShape {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** An ABIInternal function. */
    public FuncShape(String name, List<RegParam> params, List<Reg> results, long argSize,
                     boolean closure, boolean nosplit) {
        this(name, params, results, argSize, closure, nosplit, Abi.INTERNAL);
    }

    /** The same function compiled with ABI abi. */
    public FuncShape withAbi(Abi abi) {
        return new FuncShape(name, params, results, argSize, closure, nosplit, abi);
    }

    /** One register parameter piece: its register, and its spill slot in the argument area. */
    public record RegParam(Reg reg, ParamSlot slot) {}
}

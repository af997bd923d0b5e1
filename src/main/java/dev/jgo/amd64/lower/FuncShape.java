package dev.jgo.amd64.lower;

import dev.jgo.amd64.Reg;

import java.util.List;

/**
 * What the back end must know about the function being compiled beyond its SSA: its symbol
 * name, every register parameter piece with its spill slot (the morestack path spills all of
 * them, used or not), the registers of its results in the order of {@code MakeResult}'s
 * arguments, the size of its own argument area, and whether it is a closure (morestack must
 * keep DX) or NOSPLIT (no stack check).
 */
public record FuncShape(String name, List<RegParam> params, List<Reg> results, long argSize,
                        boolean closure, boolean nosplit) {
    public FuncShape {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** One register parameter piece: its register, and its spill slot in the argument area. */
    public record RegParam(Reg reg, ParamSlot slot) {}
}

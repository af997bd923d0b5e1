package dev.jgo.abi;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where a call passes each receiver, parameter and result. Offsets of stack slots and spill
 * slots are counted from the start of the argument area (the caller's outgoing-argument area, the
 * callee's incoming one), so stack-assigned values, stack-assigned results and the spill area
 * share one base.
 *
 * @param abi            which convention produced this
 * @param method         whether params begins with a receiver
 * @param params         receiver (when a method) then parameters
 * @param results        results
 * @param spillAreaOffset where the spill area begins (pointer-aligned, after the stack results)
 * @param argSize        size of the whole argument area: stack arguments, stack results, spills
 */
public record Assignment(String abi, boolean method, List<Item> params, List<Item> results, long spillAreaOffset, long argSize) {
    public Assignment {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Bytes the caller reserves for spilling register-assigned inputs. */
    public long spillSize() {
        return argSize - spillAreaOffset;
    }

    /** One receiver, parameter or result and where it travels. */
    public record Item(String name, AbiType type, Location location) {}

    public sealed interface Location permits InRegisters, OnStack {}

    /**
     * Passed in registers, one per part. spillOffset is the slot the callee may spill the whole
     * value to (laid out as in memory); results have none.
     */
    public record InRegisters(List<Part> parts, OptionalLong spillOffset) implements Location {
        public InRegisters {
            parts = List.copyOf(parts);
        }
    }

    /** Passed in memory at offset in the argument area. */
    public record OnStack(long offset) implements Location {}

    /**
     * One register-sized base value of a register-assigned item: its register, its type and its
     * byte offset within the item's memory layout.
     */
    public record Part(Register register, AbiType type, long offset) {}
}

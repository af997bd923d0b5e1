package dev.jgo.amd64.emit;

import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Reg;
import dev.jgo.regalloc.Allocation;
import dev.jgo.regalloc.Slot;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Op;
import dev.jgo.ssa.Value;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stack frame, as gc lays it out on amd64. From SP upwards: the outgoing argument area (the
 * largest callee's stack arguments, results and spill area), the allocator's spill slots, the
 * local variables, and the caller's BP, saved at the top; then the return address and the
 * function's own argument area. The frame size counts everything below the return address; like
 * gc, it is only rounded to 8 bytes (Go code does not keep SP 16-byte aligned: gc gives
 * {@code func(a int) int { return g3(a, a, a) + 1 }} a 32-byte frame). A leaf function with
 * nothing to store has no frame at all (and keeps no frame pointer), as in gc.
 */
public final class Frame {
    private final long outArgs;
    private final int spillSlots;
    private final Map<Object, Long> locals = new LinkedHashMap<>();
    private final long size;
    private final boolean leaf;

    /** Local variables by their aux, with their sizes, found before lowering folds their addresses away. */
    static Map<Object, Long> locals(Func f) {
        Map<Object, Long> sizes = new LinkedHashMap<>();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.LocalAddr) sizes.putIfAbsent(v.aux(), Sizes.sizeof(((Type.Pointer) v.type().underlying()).elem()));
            }
        }
        return sizes;
    }

    Frame(Func f, Allocation alloc, Map<Object, Long> localSizes) {
        long out = 0;
        long localBytes = 0;
        boolean calls = false;
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op().isCall()) {
                    calls = true;
                    if (v.op().auxType() == Op.AuxType.CALL_OFF) out = Math.max(out, v.auxInt());
                }
            }
        }
        for (Map.Entry<Object, Long> e : localSizes.entrySet()) {
            locals.put(e.getKey(), localBytes);
            localBytes += (e.getValue() + 7) & -8;
        }
        outArgs = (out + 7) & -8;
        long spills = 8L * (alloc.spillSlots() + alloc.scratchSlots());
        this.spillSlots = alloc.spillSlots();
        long below = outArgs + spills + localBytes;
        for (Map.Entry<Object, Long> e : locals.entrySet()) e.setValue(e.getValue() + outArgs + spills);
        leaf = !calls;
        size = below == 0 && leaf ? 0 : below + 8;
    }

    /** Bytes below the return address (including the saved BP); 0 for a frameless leaf. */
    public long size() { return size; }

    public boolean leaf() { return leaf; }

    /** The SP offset of the saved BP. */
    long savedBp() { return size - 8; }

    /** The SP offset of a local variable. */
    long local(Object var) {
        Long off = locals.get(var);
        if (off == null) throw new IllegalStateException("no stack slot for local " + var);
        return off;
    }

    Mem slot(Slot s) {
        return switch (s) {
            case Slot.Local l -> Mem.at(Reg.SP, outArgs + 8L * l.index());
            case Slot.Scratch t -> Mem.at(Reg.SP, outArgs + 8L * (spillSlots + t.index()));
            case Slot.Param p -> Mem.slot(p.slot().name(), true, size + 8 + p.slot().offset());
        };
    }
}

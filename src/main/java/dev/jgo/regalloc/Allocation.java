package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Value;

import java.util.List;
import java.util.Map;

/**
 * The result of register allocation: per block, the steps to emit in order (ending with the
 * copies into the successor's entry state when the successor is a merge), and the registers the
 * block's end reads (a branch's compare inputs, a return's results); what registers hold on entry
 * to each block and the home slot of every value that has one (for checking and debugging); the
 * number of spill slots and scratch slots the frame must hold. A phi with a home and no register
 * on entry lives in its home there.
 */
public record Allocation(Map<Block, List<Step>> steps, Map<Block, List<Reg>> controls, Map<Block, Map<Reg, Value>> entries,
        Map<Value, Slot> homes, int spillSlots, int scratchSlots) {}

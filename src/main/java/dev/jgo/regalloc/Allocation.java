package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.ssa.Block;

import java.util.List;
import java.util.Map;

/**
 * The result of register allocation: per block, the steps to emit in order, and the registers
 * the block's end reads (a branch's compare inputs, a return's results); the number of spill
 * slots and scratch slots the frame must hold.
 */
public record Allocation(Map<Block, List<Step>> steps, Map<Block, List<Reg>> controls, int spillSlots, int scratchSlots) {}

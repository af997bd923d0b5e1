package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.ssa.Value;

import java.util.List;

/** One thing the emitter does, in order: an SSA value's instruction, or a move the allocator inserted. */
public sealed interface Step {
    /** Emit v reading its register inputs from ins (RegInfo order), writing out (null: none), using temps. */
    record Exec(Value v, List<Reg> ins, Reg out, List<Reg> temps) implements Step {
        public Exec {
            ins = List.copyOf(ins);
            temps = List.copyOf(temps);
        }
    }

    /** Store v, now in register from, to its home. */
    record Store(Value v, Reg from, Slot to) implements Step {}

    /** Load v from its home into register to. */
    record Load(Value v, Slot from, Reg to) implements Step {}

    /** Copy v from one register to another. */
    record Move(Value v, Reg from, Reg to) implements Step {}
}

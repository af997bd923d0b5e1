package dev.jgo.regalloc;

import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The copies on a control-flow edge, done as if all at once: every destination (a register or a
 * phi's home slot) receives what its source (a register, a slot, or a constant to compute again)
 * held before any of them was written.
 *
 * <p>A copy is done as soon as no other pending copy still reads its destination. When only
 * cycles remain, one destination is saved first: to R13 when the cycle is all general
 * registers (the common swap), otherwise to a scratch slot, since a cycle through slots needs R13
 * for its own memory-to-memory copies. R13 is the emitter's scratch, never allocated, so it is
 * free here.
 */
final class ParallelMove {
    private ParallelMove() {}

    /** Copy v from src (a Reg or a Slot; null: compute v again) to dst (a Reg or a Slot). */
    record Copy(Object dst, Object src, Value v) {}

    static List<Step> resolve(List<Copy> copies, Slot scratch) {
        List<Copy> todo = new ArrayList<>();
        for (Copy c : copies) if (!c.dst().equals(c.src())) todo.add(c);
        List<Step> steps = new ArrayList<>();
        while (!todo.isEmpty()) {
            Copy ready = null;
            for (Copy c : todo) {
                if (todo.stream().noneMatch(o -> c.dst().equals(o.src()))) {
                    ready = c;
                    break;
                }
            }
            if (ready != null) {
                todo.remove(ready);
                emit(ready, steps);
                continue;
            }
            Object d = todo.getFirst().dst();
            Value held = todo.stream().filter(o -> d.equals(o.src())).findFirst().orElseThrow().v();
            Object save = generalCycle(todo, d) ? Regs.SCRATCH : scratch;
            emit(new Copy(save, d, held), steps);
            todo.replaceAll(o -> d.equals(o.src()) ? new Copy(o.dst(), save, o.v()) : o);
        }
        return steps;
    }

    /** Whether the cycle through d consists of general registers only. */
    private static boolean generalCycle(List<Copy> todo, Object d) {
        Object at = d;
        do {
            if (!(at instanceof Reg r) || r.isXmm()) return false;
            Object here = at;
            at = todo.stream().filter(o -> here.equals(o.dst())).findFirst().orElseThrow().src();
        } while (!d.equals(at));
        return true;
    }

    private static void emit(Copy c, List<Step> steps) {
        Value v = c.v();
        switch (c.dst()) {
            case Reg to -> steps.add(switch (c.src()) {
                case null -> new Step.Exec(v, List.of(), to, List.of());
                case Reg from -> new Step.Move(v, from, to);
                case Slot from -> new Step.Load(v, from, to);
                default -> throw new IllegalArgumentException(c.toString());
            });
            case Slot to -> {
                switch (c.src()) {
                    case null -> steps.add(new Step.Exec(v, List.of(), Regs.SCRATCH, List.of()));
                    case Reg from -> {
                        steps.add(new Step.Store(v, from, to));
                        return;
                    }
                    case Slot from -> steps.add(new Step.Load(v, from, Regs.SCRATCH));
                    default -> throw new IllegalArgumentException(c.toString());
                }
                steps.add(new Step.Store(v, Regs.SCRATCH, to));
            }
            default -> throw new IllegalArgumentException(c.toString());
        }
    }
}

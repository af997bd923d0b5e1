package dev.jgo.amd64;

import dev.jgo.obj.PcValueTable;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far SP sits below its value at entry, at every pc of a function (gc's pcsp table): what a
 * debugger or an unwinder adds to SP to find the return address. SUBQ/ADDQ of a constant to SP,
 * PUSHQ and POPQ move it. The value is followed along the control flow, not in list order,
 * because code placed after a RET (another exit's body, the morestack call reached from the
 * prologue's stack check) runs with the SP of the branch that leads to it.
 */
public final class SpDeltas {
    private static final int UNREACHED = Integer.MIN_VALUE;

    private SpDeltas() {}

    public static PcValueTable of(List<Prog> progs, Code code) {
        int n = progs.size();
        Map<Label, Integer> labels = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (progs.get(i).op() == Op.LABEL && progs.get(i).arg(0) instanceof Label l) labels.put(l, i);
        }
        int[] before = new int[n + 1];
        Arrays.fill(before, UNREACHED);
        Deque<Integer> work = new ArrayDeque<>();
        reach(before, work, 0, 0);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i == n) continue;
            Prog p = progs.get(i);
            int after = before[i] + adjustment(p);
            if (Encoder.target(p) instanceof Label l && labels.containsKey(l)) reach(before, work, labels.get(l), after);
            if (fallsThrough(p)) reach(before, work, i + 1, after);
        }
        PcValueTable.Builder table = new PcValueTable.Builder();
        int last = 0;
        for (int i = 0; i < n; i++) {
            if (before[i] != UNREACHED) last = before[i];
            if (code.pc(i) < code.pc(i + 1)) table.set(code.pc(i), last);
        }
        return table.build();
    }

    private static void reach(int[] before, Deque<Integer> work, int i, int delta) {
        if (before[i] != UNREACHED) return;
        before[i] = delta;
        work.push(i);
    }

    private static int adjustment(Prog p) {
        return switch (p.op()) {
            case SUBQ -> p.args().size() == 2 && p.arg(1) == Reg.SP && p.arg(0) instanceof Imm imm ? (int) imm.value() : 0;
            case ADDQ -> p.args().size() == 2 && p.arg(1) == Reg.SP && p.arg(0) instanceof Imm imm ? (int) -imm.value() : 0;
            case PUSHQ, PUSHFQ -> 8;
            case POPQ, POPFQ -> -8;
            default -> 0;
        };
    }

    /** Whether execution can continue with the next instruction. */
    private static boolean fallsThrough(Prog p) {
        return switch (p.op()) {
            case RET, JMP, UD2 -> false;
            default -> true;
        };
    }
}

package dev.jgo.amd64;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles one function's instruction list into machine code. Every instruction but a branch to
 * a label has a fixed encoding; branches start short (rel8) and any whose target is out of reach
 * becomes long (rel32), repeating until nothing changes. Branches only grow, so this reaches a
 * fixed point, and the same list always gives the same bytes. Compiled code is also padded so
 * that jumps avoid 32-byte boundaries ({@link JumpPadding}), recomputed on every pass.
 */
public final class Encoder {
    /** Whether to pad jumps as gc does for compiled code; hand-written assembly is not padded. */
    public enum Padding { NONE, JUMPS }

    private static final int SHORT = 2, LONG_JMP = 5, LONG_JCC = 6;

    private final List<Prog> progs;
    private final Map<Label, Integer> labelIndex = new HashMap<>();
    private final InsnEncoder.Insn[] fixed;
    private final boolean[] far;
    private final int[] pcs, pads;
    private final JumpPadding padding;

    private Encoder(List<Prog> progs, Padding padding) {
        this.progs = progs;
        int n = progs.size();
        fixed = new InsnEncoder.Insn[n];
        far = new boolean[n];
        pcs = new int[n + 1];
        pads = new int[n];
        this.padding = padding == Padding.JUMPS ? new JumpPadding(progs, this::size) : null;
    }

    /** Assembles without padding, as Go's assembler treats hand-written code. */
    public static Code assemble(List<Prog> progs) {
        return assemble(progs, Padding.NONE);
    }

    public static Code assemble(List<Prog> progs, Padding padding) {
        return new Encoder(List.copyOf(progs), padding).run();
    }

    private Code run() {
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (p.op() == Op.LABEL && p.args().size() == 1 && p.arg(0) instanceof Label l
                    && labelIndex.putIfAbsent(l, i) != null) {
                throw new BadInstruction(p, "label placed twice");
            }
        }
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (target(p) instanceof Label l) {
                if (!labelIndex.containsKey(l)) throw new BadInstruction(p, "branch to a label never placed");
            } else {
                fixed[i] = InsnEncoder.encode(p);
            }
        }
        relax();
        return emit();
    }

    private void relax() {
        boolean changed = true;
        while (changed) {
            layout();
            changed = false;
            for (int i = 0; i < progs.size(); i++) {
                if (fixed[i] == null && !far[i]) {
                    long disp = displacement(i, SHORT);
                    if (disp != (byte) disp) {
                        far[i] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    private void layout() {
        int pc = 0;
        for (int i = 0; i < progs.size(); i++) {
            pads[i] = padding == null ? 0 : padding.before(i, pc);
            pcs[i] = pc + pads[i];
            pc = pcs[i] + size(i);
        }
        pcs[progs.size()] = pc;
    }

    private int size(int i) {
        if (fixed[i] != null) return fixed[i].bytes().length;
        if (!far[i]) return SHORT;
        return progs.get(i).op().shape() instanceof Shape.JumpCC ? LONG_JCC : LONG_JMP;
    }

    /** Distance from the end of branch i, of the given size, to its target. */
    private long displacement(int i, int size) {
        return labelPc(labelIndex.get((Label) target(progs.get(i)))) - (pcs[i] + size);
    }

    /** A label stands for the instruction after it, which starts after that instruction's padding. */
    private int labelPc(int index) {
        int j = index;
        while (j < progs.size() && progs.get(j).op().shape() instanceof Shape.Pseudo) j++;
        return pcs[j];
    }

    private Code emit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcs[progs.size()]);
        List<Fixup> fixups = new ArrayList<>();
        for (int i = 0; i < progs.size(); i++) {
            InsnWriter w = new InsnWriter();
            JumpPadding.fill(w, pads[i]);
            if (fixed[i] != null) {
                for (Fixup f : fixed[i].fixups()) fixups.add(new Fixup(pcs[i] + f.offset(), f.kind(), f.symbol(), f.addend()));
                out.writeBytes(w.bytes());
                out.writeBytes(fixed[i].bytes());
            } else {
                writeBranch(w, i);
                out.writeBytes(w.bytes());
            }
        }
        Map<Label, Integer> labels = new HashMap<>();
        labelIndex.forEach((l, i) -> labels.put(l, labelPc(i)));
        return new Code(out.toByteArray(), pcs.clone(), pads.clone(), labels, fixups);
    }

    private void writeBranch(InsnWriter w, int i) {
        int size = size(i);
        long disp = displacement(i, size);
        boolean conditional = progs.get(i).op().shape() instanceof Shape.JumpCC;
        int cc = conditional ? ((Shape.JumpCC) progs.get(i).op().shape()).cc() : 0;
        if (!far[i]) {
            w.put(conditional ? 0x70 + cc : 0xEB);
            w.put((int) disp);
        } else {
            w.opcode(conditional ? 0x0F80 + cc : 0xE9);
            w.imm(disp, 4);
        }
    }

    /** The label a JMP or Jcc goes to, or null for any other instruction. */
    private static Operand target(Prog p) {
        boolean branch = p.op().shape() instanceof Shape.JumpCC || p.op().shape() instanceof Shape.Jump;
        return branch && p.args().size() == 1 && p.arg(0) instanceof Label l ? l : null;
    }
}

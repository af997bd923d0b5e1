package dev.jgo.amd64;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles one function's instruction list into machine code. Every instruction but a branch to
 * a label has a fixed encoding. Branch sizes are chosen the way gc's assembler chooses them, so that
 * compiled code comes out byte-identical: in passes over the list, a backward branch is short when
 * its target is in reach in the current pass, a forward branch starts short and becomes long for
 * good once a pass finds its target out of reach. Compiled code is also padded so that jumps avoid
 * 32-byte boundaries ({@link JumpPadding}); as in gc, a pass decides padding from the sizes the
 * previous pass found (none in the first), and passes repeat until no size changes. Forward
 * branches only grow, so this reaches a fixed point, and the same list always gives the same bytes.
 */
public final class Encoder {
    /** Whether to pad jumps as gc does for compiled code; hand-written assembly is not padded. */
    public enum Padding { NONE, JUMPS }

    private static final int SHORT = 2, LONG_JMP = 5, LONG_JCC = 6, MAX_PASSES = 1000;

    private final List<Prog> progs;
    private final Map<Label, Integer> labelIndex = new HashMap<>();
    private final InsnEncoder.Insn[] fixed;
    private final boolean[] far;
    private final int[] pcs, pads, sizes, previousSizes;
    private final JumpPadding padding;

    private Encoder(List<Prog> progs, Padding padding) {
        this.progs = progs;
        int n = progs.size();
        fixed = new InsnEncoder.Insn[n];
        far = new boolean[n];
        pcs = new int[n + 1];
        pads = new int[n];
        sizes = new int[n];
        previousSizes = new int[n];
        this.padding = padding == Padding.JUMPS ? new JumpPadding(progs, i -> previousSizes[i]) : null;
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

    /**
     * Passes until nothing changes. Backward branches and padding are recomputed every pass and could
     * in principle keep trading sizes; like gc, give up after many passes rather than loop forever.
     */
    private void relax() {
        boolean changed = true;
        for (int pass = 0; changed; pass++) {
            if (pass == MAX_PASSES) throw new IllegalStateException("branch layout does not settle after " + pass + " passes");
            layout();
            changed = !Arrays.equals(sizes, previousSizes);
            System.arraycopy(sizes, 0, previousSizes, 0, sizes.length);
            for (int i = 0; i < progs.size(); i++) {
                if (fixed[i] == null && !backward(i) && !far[i] && displacement(i, SHORT) > 127) {
                    far[i] = true;
                    changed = true;
                }
            }
        }
    }

    /** One pass: offsets in list order, backward branches sized by the distance found on the way. */
    private void layout() {
        int pc = 0;
        for (int i = 0; i < progs.size(); i++) {
            pads[i] = padding == null ? 0 : padding.before(i, pc);
            pcs[i] = pc + pads[i];
            if (fixed[i] == null && backward(i)) far[i] = displacement(i, SHORT) < -128;
            sizes[i] = size(i);
            pc = pcs[i] + sizes[i];
        }
        pcs[progs.size()] = pc;
    }

    private int size(int i) {
        if (fixed[i] != null) return fixed[i].bytes().length;
        if (!far[i]) return SHORT;
        return progs.get(i).op().shape() instanceof Shape.JumpCC ? LONG_JCC : LONG_JMP;
    }

    private boolean backward(int i) {
        return labelIndex.get((Label) target(progs.get(i))) < i;
    }

    /** Distance from the end of branch i, of the given size, to its target. */
    private long displacement(int i, int size) {
        return labelPc(labelIndex.get((Label) target(progs.get(i)))) - (pcs[i] + size);
    }

    /**
     * A label stands for the Prog after it, as a branch target in gc is a Prog: its offset comes
     * after that Prog's own padding (a padded jump), but before padding that belongs to a later one.
     */
    private int labelPc(int index) {
        int j = index;
        while (j < progs.size() && progs.get(j).op() == Op.LABEL) j++;
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
    /** The label a branch goes to, or null for other instructions and branches to symbols. */
    static Operand target(Prog p) {
        boolean branch = p.op().shape() instanceof Shape.JumpCC || p.op().shape() instanceof Shape.Jump;
        return branch && p.args().size() == 1 && p.arg(0) instanceof Label l ? l : null;
    }
}

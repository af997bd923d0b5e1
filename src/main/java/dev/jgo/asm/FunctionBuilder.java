package dev.jgo.asm;

import dev.jgo.amd64.BadInstruction;
import dev.jgo.amd64.Code;
import dev.jgo.amd64.Encoder;
import dev.jgo.amd64.Imm;
import dev.jgo.amd64.Label;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Op;
import dev.jgo.amd64.Operand;
import dev.jgo.amd64.Plan9;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.Shape;
import dev.jgo.amd64.SymRef;
import dev.jgo.amd64.Tls;
import dev.jgo.obj.Abi;
import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the body of one TEXT and assembles it: resolves FP and pseudo-SP references against
 * the {@link Frame}, turns labels and {@code n(PC)} into branch targets, inserts gc's prologue
 * (stack check, frame allocation, frame-pointer save), an epilogue before every RET and the
 * morestack call at the end, then encodes with the amd64 encoder.
 */
final class FunctionBuilder {
    private sealed interface Item permits LabelDef, Insn, Meta {}

    private record LabelDef(String name, Pos pos) implements Item {}

    private record Insn(Op op, String mnemonic, List<Arg> args, Pos pos) implements Item {}

    private record Meta(String directive, List<Arg> args, Pos pos) implements Item {}

    private final TextHeader text;
    private final Context ctx;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final Map<String, Pos> used = new LinkedHashMap<>();
    private final List<FrameRef> frameRefs = new ArrayList<>();
    private final List<Prog> progs = new ArrayList<>();
    private Map<Integer, Label> pcTargets;
    private Frame frame;
    private int nextLabel;
    private int insnIndex;
    /** Bytes pushed on the stack by the instructions lowered so far (PUSHQ, POPQ, ADJSP), in source order as gc counts. */
    private int pushed;

    FunctionBuilder(TextHeader text, Context ctx) {
        this.text = text;
        this.ctx = ctx;
    }

    void label(Statement s) {
        if (!defined.add(s.label())) throw new AsmError(s.pos(), "label \"" + s.label() + "\" multiply defined");
        labels.computeIfAbsent(s.label(), l -> new Label(nextLabel++));
        items.add(new LabelDef(s.label(), s.pos()));
    }

    void add(Statement s) {
        boolean meta = s.op().equals("PCDATA") || s.op().equals("FUNCDATA");
        // ADJSP $n is gc's pseudo-instruction for SUBQ $n, SP that also moves the FP and SP offsets.
        Op op = s.op().equals("ADJSP") ? Op.SUBQ : Mnemonics.lookup(s.op());
        if (op == null && !meta) throw new AsmError(s.pos(), "unrecognized instruction \"" + s.op() + "\"");
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < s.operands().size(); i++) args.add(s.arg(i));
        if (meta) {
            if (args.size() != 2) throw new AsmError(s.pos(), "expect two operands for " + s.op());
            items.add(new Meta(s.op(), args, s.pos()));
        } else {
            items.add(new Insn(op, s.op(), args, s.pos()));
        }
    }

    /** Assembles the function; null if it has errors (already reported). */
    AsmFunction finish() {
        List<Insn> calls = items.stream().filter(i -> i instanceof Insn n && isCall(n.op())).map(i -> (Insn) i).toList();
        frame = Frame.of(text, !calls.isEmpty(), calls.stream().allMatch(this::isLightCall));
        if (frame.size() % 8 != 0) {
            ctx.diagnostics().error(text.pos(), "unaligned stack size " + frame.size());
            return null;
        }
        pcTargets = pcTargets();
        int errors = ctx.diagnostics().count();
        Label start = new Label(nextLabel++), morestack = new Label(nextLabel++);
        Label adjustArgp = new Label(nextLabel++), body = new Label(nextLabel++);
        boolean wrapper = text.has(TextFlags.WRAPPER);
        progs.add(Prog.place(start));
        if (!frame.nosplit() || wrapper) loadG();
        if (!frame.nosplit()) stackCheck(morestack);
        frameSetup();
        if (wrapper) panicCheck(adjustArgp, body);
        body();
        if (!frame.nosplit()) morestack(morestack, start);
        if (wrapper) adjustArgp(adjustArgp, body);
        validate();
        if (ctx.diagnostics().count() > errors) return null;
        Code code = Encoder.assemble(progs);
        ctx.checker().check(text, frameUse(), ctx.diagnostics());
        return new AsmFunction(text, frame.size(), frame.nosplit(), progs, code, funcData(code));
    }

    /** The body's use of the argument frame, for the declaration check. */
    private FrameUse frameUse() {
        List<Insn> insns = items.stream().filter(i -> i instanceof Insn).map(i -> (Insn) i).toList();
        List<Pos> rets = insns.stream().filter(n -> n.op() == Op.RET && n.args().isEmpty()).map(Insn::pos).toList();
        Insn last = insns.isEmpty() ? null : insns.getLast();
        boolean ends = last != null && (last.op() == Op.RET || last.op() == Op.JMP || last.op() == Op.UD2);
        return new FrameUse(frameRefs, rets, !ends, last == null ? text.pos() : last.pos());
    }

    /** CALL, and gc's DUFFZERO/DUFFCOPY, which call into the runtime's Duff's devices. */
    private static boolean isCall(Op op) {
        return op == Op.CALL || op == Op.DUFFZERO || op == Op.DUFFCOPY;
    }

    /** Lowers the statements of the body; reports errors per statement and undefined labels. */
    private void body() {
        int insn = 0;
        for (Item item : items) {
            try {
                switch (item) {
                    case LabelDef l -> progs.add(Prog.place(labels.get(l.name())));
                    case Meta m -> progs.add(meta(m));
                    case Insn n -> {
                        if (pcTargets.containsKey(insn)) progs.add(Prog.place(pcTargets.get(insn)));
                        insnIndex = insn++;
                        lower(n);
                    }
                }
            } catch (AsmError e) {
                ctx.error(e);
            }
        }
        used.forEach((name, pos) -> {
            if (!defined.contains(name)) ctx.diagnostics().error(pos, "undefined label " + name);
        });
    }

    /** After the body: grow the stack and start over (runtime.morestack also saves the context register). */
    private void morestack(Label morestack, Label start) {
        Pos at = text.pos();
        progs.add(Prog.place(morestack));
        String target = text.has(TextFlags.NEEDCTXT) ? "runtime.morestack" : "runtime.morestack_noctxt";
        progs.add(Prog.of(Op.CALL, at, SymRef.of(References.function(target, Abi.ABI0))));
        progs.add(Prog.of(Op.JMP, at, start));
    }

    /** DUFFZERO/DUFFCOPY, or a CALL of a runtime panic that uses no stack (see {@link Frame#of}). */
    private boolean isLightCall(Insn call) {
        if (call.op() != Op.CALL) return true;
        Arg target = call.args().size() == 1 ? call.args().getFirst() : null;
        return target != null && target.isSymbol() && Frame.isLightRuntimeCall(Names.qualify(target.symbol(), ctx.pkgPath()));
    }

    /** Labels for the targets of {@code n(PC)} branches, by instruction number (n counts instructions). */
    private Map<Integer, Label> pcTargets() {
        Map<Integer, Label> targets = new HashMap<>();
        List<Insn> insns = items.stream().filter(i -> i instanceof Insn).map(i -> (Insn) i).toList();
        for (int k = 0; k < insns.size(); k++) {
            Insn n = insns.get(k);
            if (n.args().size() == 1 && n.args().getFirst().isPseudo("PC") && Mnemonics.isBranch(n.op())) {
                long target = k + n.args().getFirst().offset();
                if (target >= 0 && target < insns.size()) targets.computeIfAbsent((int) target, t -> new Label(nextLabel++));
            }
        }
        return targets;
    }

    /** g is in R14 in ABIInternal; ABI0 code loads it from TLS. */
    private void loadG() {
        if (text.ref().abi() == Abi.ABI0) progs.add(Prog.of(Op.MOVQ, text.pos(), new Tls(), Reg.R14));
    }

    /** Compares SP (less the frame, for big frames) with g's stack guard at 16(g). */
    private void stackCheck(Label morestack) {
        Pos at = text.pos();
        Mem guard = Mem.at(Reg.R14, 16);
        int beyond = frame.size() - Frame.STACK_SMALL;
        if (frame.size() <= Frame.STACK_SMALL) {
            progs.add(Prog.of(Op.CMPQ, at, Reg.SP, guard));
        } else if (frame.size() <= Frame.STACK_BIG) {
            progs.add(Prog.of(Op.LEAQ, at, Mem.at(Reg.SP, -beyond), Reg.R12));
            progs.add(Prog.of(Op.CMPQ, at, Reg.R12, guard));
        } else {
            progs.add(Prog.of(Op.MOVQ, at, Reg.SP, Reg.R12));
            progs.add(Prog.of(Op.SUBQ, at, new Imm(beyond), Reg.R12));
            progs.add(Prog.of(Op.JCS, at, morestack));
            progs.add(Prog.of(Op.CMPQ, at, Reg.R12, guard));
        }
        progs.add(Prog.of(Op.JLS, at, morestack));
    }

    private void frameSetup() {
        Pos at = text.pos();
        if (frame.size() > 0) progs.add(adjustSp(frame.size(), at));
        if (frame.bpSave() > 0) {
            progs.add(Prog.of(Op.MOVQ, at, Reg.BP, Mem.at(Reg.SP, frame.size() - 8)));
            progs.add(Prog.of(Op.LEAQ, at, Mem.at(Reg.SP, frame.size() - 8), Reg.BP));
        }
    }

    /**
     * A WRAPPER function keeps a recover in the function it wraps working: if g has a panic
     * (g._panic at 32(g)) whose argp (at offset 0) is this wrapper's argument pointer, gc moves
     * argp to this frame. The check branches to code placed after the body.
     */
    private void panicCheck(Label adjust, Label body) {
        Pos at = text.pos();
        progs.add(Prog.of(Op.MOVQ, at, Mem.at(Reg.R14, 32), Reg.R12));
        progs.add(Prog.of(Op.TESTQ, at, Reg.R12, Reg.R12));
        progs.add(Prog.of(Op.JNE, at, adjust));
        progs.add(Prog.place(body));
    }

    private void adjustArgp(Label adjust, Label body) {
        Pos at = progs.getLast().pos();
        progs.add(Prog.place(adjust));
        progs.add(Prog.of(Op.LEAQ, at, Mem.at(Reg.SP, frame.size() + 8), Reg.R13));
        progs.add(Prog.of(Op.CMPQ, at, Mem.at(Reg.R12, 0), Reg.R13));
        progs.add(Prog.of(Op.JNE, at, body));
        progs.add(Prog.of(Op.MOVQ, at, Reg.SP, Mem.at(Reg.R12, 0)));
        progs.add(Prog.of(Op.JMP, at, body));
    }

    private void epilogue(Pos at) {
        if (frame.bpSave() > 0) progs.add(Prog.of(Op.MOVQ, at, Mem.at(Reg.SP, frame.size() - 8), Reg.BP));
        if (frame.size() > 0) progs.add(adjustSp(-frame.size(), at));
    }

    /**
     * Moves SP down by {@code bytes} (up if negative): SUBQ or ADDQ; 128 is written as the other
     * instruction by -128, which fits a byte, as gc does.
     */
    private static Prog adjustSp(long bytes, Pos at) {
        Op op = bytes > 0 ? Op.SUBQ : Op.ADDQ;
        long amount = Math.abs(bytes);
        if (amount == 128) return Prog.of(bytes > 0 ? Op.ADDQ : Op.SUBQ, at, new Imm(-128), Reg.SP);
        return Prog.of(op, at, new Imm(amount), Reg.SP);
    }

    /**
     * The TLS idioms of go_tls.h, as gc rewrites them for a static linux/amd64 executable:
     * {@code MOVQ TLS, r} ({@code get_tls(r)}) assembles to nothing, and {@code 0(r)(TLS*1)}
     * ({@code g(r)}) means {@code (TLS)}, the g slot itself.
     */
    private static boolean isGetTls(Insn n) {
        return (n.op() == Op.MOVQ || n.op() == Op.MOVL) && n.args().size() == 2
                && n.args().getFirst().kind() == Arg.Kind.REGISTER && Registers.TLS.equals(n.args().getFirst().reg())
                && n.args().get(1).kind() == Arg.Kind.REGISTER && Registers.lookup(n.args().get(1).reg()) instanceof Reg r && !r.isXmm();
    }

    private void lower(Insn n) {
        if (isGetTls(n)) {
            progs.add(Prog.of(Op.NOP, n.pos()));
            return;
        }
        if (n.mnemonic().equals("ADJSP")) {
            if (n.args().size() != 1 || n.args().getFirst().kind() != Arg.Kind.IMMEDIATE)
                throw new AsmError(n.pos(), "ADJSP needs one immediate operand");
            long bytes = n.args().getFirst().offset();
            progs.add(adjustSp(bytes, n.pos()));
            pushed += (int) bytes;
            return;
        }
        if (n.op() == Op.RET && pushed != 0) throw new AsmError(n.pos(), text.ref().name() + ": unbalanced PUSH/POP");
        if (n.op() == Op.RET && n.args().isEmpty()) epilogue(n.pos());
        List<Operand> operands = new ArrayList<>();
        for (Arg a : n.args()) operands.add(operand(a, n));
        Op op = n.op();
        // MOVQ $sym(SB), reg: gc loads the address RIP-relative.
        if (op == Op.MOVQ && n.args().size() == 2 && n.args().getFirst().kind() == Arg.Kind.ADDRESS) op = Op.LEAQ;
        progs.add(new Prog(op, operands, n.pos()));
        pushed += switch (op) {
            case PUSHQ, PUSHFQ -> 8;
            case POPQ, POPFQ -> -8;
            default -> 0;
        };
    }

    private Operand operand(Arg a, Insn n) {
        boolean branch = Mnemonics.isBranch(n.op());
        return switch (a.kind()) {
            case REGISTER -> {
                if (Registers.TLS.equals(a.reg())) throw new AsmError(a.pos(), "illegal use of TLS: only MOVQ TLS, reg (get_tls) is supported");
                yield Registers.lookup(a.reg());
            }
            case IMMEDIATE -> new Imm(a.offset());
            case FLOAT -> {
                if (branch) throw illegal(a, n);
                yield SymRef.of(ctx.floats().constant((Double) a.constant(), n.op().name().endsWith("SS")));
            }
            case STRING -> throw new AsmError(a.pos(), "string constant must be an immediate");
            case LABEL -> {
                if (!branch) throw new AsmError(a.pos(), "illegal or missing addressing mode for symbol " + a.symbol());
                used.putIfAbsent(a.symbol(), a.pos());
                yield labels.computeIfAbsent(a.symbol(), s -> new Label(nextLabel++));
            }
            case ADDRESS -> {
                if (!a.isPseudo("SB") || a.index() != null || n.op() != Op.MOVQ) throw illegal(a, n);
                yield new SymRef(ctx.reference(a, false), a.offset());
            }
            case MEMORY -> memory(a, n, branch);
        };
    }

    private Operand memory(Arg a, Insn n, boolean branch) {
        String base = a.reg();
        if ("SB".equals(base)) {
            if (a.index() != null) throw new AsmError(a.pos(), "jgo cannot index a symbol reference yet: " + a.describe());
            return new SymRef(ctx.reference(a, branch), a.offset());
        }
        boolean tlsSlot = Registers.TLS.equals(base) && a.index() == null || Registers.TLS.equals(a.index()) && base != null;
        if (tlsSlot || Registers.TLS.equals(base)) {
            if (!tlsSlot || a.symbol() != null || a.offset() != 0) throw new AsmError(a.pos(), "illegal operand " + a.describe());
            return new Tls();
        }
        if ("PC".equals(base)) {
            if (!branch) throw new AsmError(a.pos(), "illegal addressing mode for PC");
            Label l = pcTargets.get(insnIndex + (int) a.offset());
            if (l == null) throw new AsmError(a.pos(), "branch out of range: " + a.describe());
            return l;
        }
        Reg index = a.index() == null ? null : Registers.lookup(a.index());
        try {
            if ("FP".equals(base)) {
                frameRefs.add(new FrameRef(a.symbol(), a.offset(), n.mnemonic(), a.pos()));
                return new Mem(Reg.SP, index, a.scale(), frame.fp(a.offset(), pushed), new Mem.Slot(a.symbol(), true));
            }
            if ("SP".equals(base) && a.symbol() != null) {
                return new Mem(Reg.SP, index, a.scale(), frame.sp(a.offset(), pushed), new Mem.Slot(a.symbol(), false));
            }
            return new Mem(base == null ? null : Registers.lookup(base), index, a.scale(), displacement(a.offset()), null);
        } catch (IllegalArgumentException e) {
            throw new AsmError(a.pos(), "illegal operand " + a.describe() + ": " + e.getMessage());
        }
    }

    /**
     * A displacement is 32 bits; values written as unsigned 32-bit numbers (0xd76aa478(AX), as in
     * crypto/md5) stand for the same bits, as in gc.
     */
    private static long displacement(long offset) {
        return offset >>> 32 == 0 ? (int) offset : offset;
    }

    /** PCDATA $table, $value or FUNCDATA $index, sym(SB): a zero-size Prog that keeps its place in the code. */
    private Prog meta(Meta m) {
        Arg index = m.args().get(0), value = m.args().get(1);
        if (index.kind() != Arg.Kind.IMMEDIATE)
            throw new AsmError(m.pos(), m.directive() + ": expected integer constant; found " + index.describe());
        if (m.directive().equals("PCDATA")) {
            if (value.kind() != Arg.Kind.IMMEDIATE)
                throw new AsmError(m.pos(), "PCDATA: expected integer constant; found " + value.describe());
            return Prog.of(Op.PCDATA, m.pos(), new Imm(index.offset()), new Imm(value.offset()));
        }
        if (!value.isSymbol()) throw new AsmError(m.pos(), "FUNCDATA symbol \"" + value.describe() + "\" must be a symbol(SB)");
        return Prog.of(Op.FUNCDATA, m.pos(), new Imm(index.offset()), new SymRef(ctx.reference(value, false), value.offset()));
    }

    /** The PCDATA and FUNCDATA of the function with the code offsets they apply from. */
    private List<FuncData> funcData(Code code) {
        List<FuncData> out = new ArrayList<>();
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (p.op() != Op.PCDATA && p.op() != Op.FUNCDATA) continue;
            long index = ((Imm) p.arg(0)).value();
            String value = p.arg(1) instanceof Imm(long v) ? String.valueOf(v) : ((SymRef) p.arg(1)).symbol();
            out.add(new FuncData(p.op().name(), index, value, code.pc(i), p.pos()));
        }
        return out;
    }

    /** Reports, at its line, every instruction the encoder has no form for. */
    private void validate() {
        for (Prog p : progs) {
            boolean labelBranch = p.args().size() == 1 && p.arg(0) instanceof Label
                    && (p.op() == Op.JMP || p.op().shape() instanceof Shape.JumpCC);
            if (labelBranch || p.op() == Op.LABEL) continue;
            try {
                Encoder.assemble(List.of(p));
            } catch (BadInstruction e) {
                ctx.diagnostics().error(p.pos(), "invalid instruction: " + Plan9.instruction(p, l -> "?").replace('\t', ' '));
            }
        }
    }

    private AsmError illegal(Arg a, Insn n) {
        return new AsmError(a.pos(), "illegal operand " + a.describe() + " for " + n.mnemonic());
    }
}

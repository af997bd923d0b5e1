package dev.jgo.asm;

import dev.jgo.obj.Abi;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import java.util.List;
import java.util.Map;

/**
 * go vet's asmdecl, run by the assembler: each TEXT whose function has a Go declaration (frames
 * maps qualified names to their argument frames; other functions are not checked) must declare
 * the argument size of the declaration, name its arguments as the declaration does and at their
 * offsets, move them with instructions of their width, write an unnamed result before returning,
 * and end in RET or a jump. Messages are vet's, prefixed {@code [amd64] f:} as vet prints them;
 * the last check (falling off the end) is jgo's own.
 */
public final class AsmDecl implements FrameChecker {
    private final Map<String, ArgFrame> frames;

    public AsmDecl(Map<String, ArgFrame> frames) {
        this.frames = Map.copyOf(frames);
    }

    @Override
    public void check(TextHeader text, FrameUse use, Diagnostics diagnostics) {
        ArgFrame frame = frames.get(text.ref().name());
        if (frame == null) return;
        String name = text.ref().name();
        String prefix = "[amd64] " + name.substring(name.lastIndexOf('.') + 1) + ": ";
        long declared = Math.max(0, text.argSize());
        if (declared != frame.size() && !(text.has(TextFlags.NOSPLIT) && declared == 0)) {
            diagnostics.error(text.pos(), prefix + "wrong argument size " + declared + "; expected $...-" + frame.size());
        }
        Map<String, ArgVar> vars = frame.byName();
        boolean wroteRet = false;
        for (FrameRef r : use.refs()) {
            wroteRet |= r.name().equals("ret") || r.name().startsWith("ret_");
            String problem = problem(r, vars.get(r.name()), frame);
            if (problem != null) diagnostics.error(r.pos(), prefix + problem);
        }
        ArgVar ret = vars.get("ret");
        if (ret != null && !wroteRet && text.ref().abi() == Abi.ABI0) {
            for (Pos p : use.rets()) diagnostics.error(p, prefix + "RET without writing to " + ret.size() + "-byte ret+" + ret.offset() + "(FP)");
        }
        if (use.fallsOffEnd()) diagnostics.error(use.end(), prefix + "function falls off the end (missing RET or JMP)");
    }

    /** What is wrong with one reference, or null. */
    private static String problem(FrameRef r, ArgVar v, ArgFrame frame) {
        String expr = r.name() + "+" + r.offset() + "(FP)";
        if (v == null) {
            if (r.name().equals("argframe") && r.offset() == 0) return null;
            ArgVar at = frame.at(r.offset());
            return "unknown variable " + r.name() + (at == null ? "" : "; offset " + r.offset() + " is " + ref(at));
        }
        if (r.offset() != v.offset()) return "invalid offset " + expr + "; expected " + ref(v) + alternatives(v.inner());
        String op = opcode(r.mnemonic());
        int width = width(op);
        if (width == 0 || v.acceptsWidth(width)) return null;
        ArgVar s = v.sized();
        return "invalid " + op + " of " + expr + "; " + s.type() + " is " + s.size() + "-byte value" + containing(v.inner());
    }

    private static String ref(ArgVar v) {
        return v.name() + "+" + v.offset() + "(FP)";
    }

    /** ", a+0(FP), or b+8(FP)" after an offset error, as vet lists the components. */
    private static String alternatives(List<ArgVar> inner) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inner.size(); i++) {
            if (inner.size() > 1) sb.append(',');
            sb.append(' ');
            if (i == inner.size() - 1) sb.append("or ");
            sb.append(ref(inner.get(i)));
        }
        return sb.toString();
    }

    /** " containing a+0(FP) and b+8(FP)" after a size error. */
    private static String containing(List<ArgVar> inner) {
        if (inner.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" containing");
        for (int i = 0; i < inner.size(); i++) {
            if (i > 0 && inner.size() > 2) sb.append(',');
            sb.append(' ');
            if (i > 0 && i == inner.size() - 1) sb.append("and ");
            sb.append(ref(inner.get(i)));
        }
        return sb.toString();
    }

    /** The leading capital letters of a mnemonic: what vet takes for the opcode (CVTSS of CVTSS2SD). */
    private static String opcode(String mnemonic) {
        int i = 0;
        while (i < mnemonic.length() && mnemonic.charAt(i) >= 'A' && mnemonic.charAt(i) <= 'Z') i++;
        return mnemonic.substring(0, i);
    }

    /** The width in bytes an instruction moves, by vet's rules for amd64; 0 when unknown. */
    private static int width(String op) {
        if (op.equals("LEAQ") || op.isEmpty()) return 0;
        if (op.startsWith("F") && (op.endsWith("D") || op.endsWith("DP"))) return 8;
        if (op.startsWith("P") && op.endsWith("RD")) return 4;
        if (op.startsWith("F") && (op.endsWith("F") || op.endsWith("FP"))) return 4;
        if (op.endsWith("SD")) return 8;
        if (op.endsWith("SS")) return 4;
        if (op.equals("MOVO") || op.equals("MOVOU")) return 16;
        if (op.startsWith("SET")) return 1;
        return switch (op.charAt(op.length() - 1)) {
            case 'B' -> 1;
            case 'W' -> 2;
            case 'L' -> 4;
            case 'D', 'Q' -> 8;
            default -> 0;
        };
    }
}

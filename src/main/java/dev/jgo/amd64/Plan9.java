package dev.jgo.amd64;

import dev.jgo.syntax.Pos;
import java.util.List;
import java.util.function.Function;

/**
 * Prints instructions the way {@code go tool compile -S} lists them: one line per instruction with
 * its code offset in hex and decimal, the source position and the instruction in Go's assembler
 * syntax; a function begins with gc's header and TEXT line and ends with a hex dump of its code
 * and its relocations.
 */
public final class Plan9 {
    private Plan9() {}

    /**
     * What a listing says about the function itself, for its header and TEXT line: the symbol, the
     * TEXT flags (NOSPLIT, ABIInternal, …), frame and argument sizes, and the runtime's function
     * kind (funcid).
     */
    public record Text(String symbol, Pos pos, List<String> flags, long frameSize, long argSize, int funcId) {
        public Text {
            flags = List.copyOf(flags);
        }
    }

    /** A function's complete listing in gc's layout. */
    public static String function(Text text, List<Prog> progs, Code code) {
        StringBuilder b = new StringBuilder();
        b.append(text.symbol()).append(" STEXT").append(text.flags().contains("DUPOK") ? " dupok" : "")
                .append(text.flags().contains("NOSPLIT") ? " nosplit" : "")
                .append(" size=").append(code.size()).append(" args=0x").append(Long.toHexString(text.argSize()))
                .append(" locals=0x").append(Long.toHexString(text.frameSize())).append(" funcid=0x")
                .append(Integer.toHexString(text.funcId())).append(" align=0x0\n");
        String flags = text.flags().isEmpty() ? "" : String.join("|", text.flags()) + ", ";
        line(b, 0, text.pos(), "TEXT\t" + text.symbol() + "(SB), " + flags + "$" + text.frameSize() + "-" + text.argSize());
        b.append(listing(progs, code));
        hexDump(b, code.bytes());
        for (Fixup f : code.fixups()) {
            b.append("\trel ").append(f.offset()).append('+').append(f.kind().size()).append(" t=")
                    .append(relocType(f.kind())).append(' ').append(f.symbol()).append('+')
                    .append(gcAddend(f)).append('\n');
        }
        return b.toString();
    }

    /**
     * One line per instruction (labels take none), branch targets printed as code offsets. Padding
     * before an instruction is listed as a NOP with the position of the instruction before it, as
     * gc lists its jump padding.
     */
    public static String listing(List<Prog> progs, Code code) {
        StringBuilder b = new StringBuilder();
        Pos previous = Pos.NONE;
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (code.pads()[i] > 0) line(b, code.pc(i) - code.pads()[i], previous, "NOP");
            if (p.op() == Op.LABEL) continue;
            line(b, code.pc(i), p.pos(), instruction(p, l -> String.valueOf(code.labels().get(l))));
            previous = p.pos();
        }
        return b.toString();
    }

    /** The instruction in Go's syntax, e.g. {@code MOVQ\tAX, main.x+8(SP)}; labels spelled by {@code label}. */
    public static String instruction(Prog p, Function<Label, String> label) {
        StringBuilder b = new StringBuilder(p.op().name());
        for (int i = 0; i < p.args().size(); i++) {
            b.append(i == 0 ? "\t" : ", ").append(operand(p.arg(i), Widths.gpWidth(p, i), label));
        }
        return b.toString();
    }

    /** A position as listings show it: {@code file:line}, the file named as the compiler was given it. */
    public static String where(Pos pos) {
        return pos.isKnown() ? pos.file() + ":" + pos.line() : "<unknown line number>";
    }

    private static void line(StringBuilder b, int pc, Pos pos, String text) {
        b.append(String.format("\t0x%04x %05d (%s)\t%s\n", pc, pc, where(pos), text));
    }

    private static String operand(Operand o, int width, Function<Label, String> label) {
        return switch (o) {
            case Reg r -> r.nameAt(width);
            case Imm(long v) -> "$" + v;
            case Label l -> label.apply(l);
            case SymRef(String sym, long off) -> sym + offset(off) + "(SB)";
            case SymAddr(String sym, long off) -> "$" + sym + offset(off) + "(SB)";
            case Mem m -> memory(m);
            case Tls t -> "(TLS)";
        };
    }

    private static String memory(Mem m) {
        StringBuilder b = new StringBuilder();
        if (m.slot() != null) b.append(m.slot().name()).append(offset(m.disp()));
        else if (m.disp() != 0 || m.base() == null && m.index() == null) b.append(m.disp());
        if (m.base() != null) b.append('(').append(m.slot() != null && m.slot().param() ? "FP" : m.base().name()).append(')');
        if (m.index() != null) b.append('(').append(m.index().name()).append('*').append(m.scale()).append(')');
        return b.toString();
    }

    /** A symbol's offset: nothing for 0, else signed ({@code +8}, {@code -8}). */
    private static String offset(long off) {
        return off == 0 ? "" : off > 0 ? "+" + off : String.valueOf(off);
    }

    /** 16 bytes a line: offset, hex bytes, then the printable ones, as gc dumps code. */
    private static void hexDump(StringBuilder b, byte[] code) {
        for (int at = 0; at < code.length; at += 16) {
            StringBuilder hex = new StringBuilder(), text = new StringBuilder();
            for (int i = at; i < at + 16; i++) {
                if (i < code.length) {
                    int v = code[i] & 0xFF;
                    hex.append(String.format("%02x ", v));
                    text.append(v >= 0x20 && v < 0x7F ? (char) v : '.');
                } else {
                    hex.append("   ");
                }
            }
            b.append(String.format("\t0x%04x %s %s\n", at, hex, text));
        }
    }

    /** gc's relocation type numbers (cmd/internal/objabi): R_ADDR 1, R_CALL 7, R_PCREL 14, R_TLS_LE 15. */
    private static int relocType(Fixup.Kind kind) {
        return switch (kind) {
            case ABS64 -> 1;
            case CALL_PC32 -> 7;
            case PC32 -> 14;
            case TLS_LE -> 15;
        };
    }

    /** gc lists the symbol offset less the immediate bytes after the hole, not the ELF addend. */
    private static long gcAddend(Fixup f) {
        return f.kind() == Fixup.Kind.PC32 || f.kind() == Fixup.Kind.CALL_PC32 ? f.addend() + f.kind().size() : f.addend();
    }
}

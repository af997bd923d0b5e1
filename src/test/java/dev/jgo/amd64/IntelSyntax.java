package dev.jgo.amd64;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What GNU objdump ({@code -M intel}) should print for a Prog, written from the Intel manual's
 * mnemonics and operand order, independently of the encoder's tables: this is the test's own
 * statement of what each Go mnemonic means. RIP-relative operands print as {@code [rip]} followed
 * by the effective address objdump computes once fixups are applied.
 */
final class IntelSyntax {
    private static final String[] CC = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
    private static final String[] R64 = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"};
    private static final String[] R32 = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    private static final String[] R16 = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] R8 = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};

    private final Map<String, Long> symbols;
    private final Function<Label, Integer> labels;
    private String comment;

    IntelSyntax(Map<String, Long> symbols, Function<Label, Integer> labels) {
        this.symbols = symbols;
        this.labels = labels;
    }

    /** The expected disassembly of {@code p}; {@code next} is the instruction a LOCK or REP prefixes. */
    String render(Prog p, Prog next) {
        comment = null;
        String text = switch (p.op()) {
            case LOCK -> "lock " + render(next, null);
            case REP -> "rep " + render(next, null);
            default -> instruction(p);
        };
        return comment == null ? text : text + " # " + comment;
    }

    private String instruction(Prog p) {
        Op op = p.op();
        String name = op.name();
        return switch (op.shape()) {
            case Shape.Fixed s -> fixed(op);
            case Shape.Interrupt s -> "int " + hex(((Imm) p.arg(0)).value(), 1);
            case Shape.JumpCC s -> "j" + CC[s.cc()] + " " + target(p.arg(0));
            case Shape.Jump s -> "jmp " + branch(p.arg(0));
            case Shape.Call s -> "call " + branch(p.arg(0));
            case Shape.Duff s -> "mov QWORD PTR [rsp-0x10],rbp; lea rbp,[rsp-0x10]; call "
                    + hex(symbols.get(s.routine()) + ((Imm) p.arg(0)).value(), 8) + "; mov rbp,QWORD PTR [rbp+0x0]";
            case Shape.Push s -> "push " + (p.arg(0) instanceof Imm(long v) ? hex(v, 8) : operand(p.arg(0), 8, "QWORD"));
            case Shape.Pop s -> "pop " + operand(p.arg(0), 8, "QWORD");
            case Shape.SetCC s -> "set" + CC[s.cc()] + " " + operand(p.arg(0), 1, "BYTE");
            case Shape.Bswap s -> "bswap " + operand(p.arg(0), s.width(), "");
            case Shape.Mov s -> mov(p, s.width());
            case Shape.Alu s -> s.ext() == 7 ? natural("cmp", p, s.width()) : reversed(lower(strip(name)), p, s.width(), s.width());
            case Shape.Test s -> memoryFirst(reversed("test", p, s.width(), s.width()));
            case Shape.Xchg s -> xchg(p, s.width());
            case Shape.Store s -> reversed(lower(strip(name)), p, s.width(), s.width());
            case Shape.Unary s -> reversed(lower(strip(name)), p, s.width(), s.width());
            case Shape.IncDec s -> reversed(lower(strip(name)), p, s.width(), s.width());
            case Shape.Imul s when p.arg(0) instanceof Imm(long v) ->
                    "imul " + operand(p.arg(1), s.width(), "") + "," + operand(p.arg(1), s.width(), "") + "," + hex(v, s.width());
            case Shape.Imul s -> reversed("imul", p, s.width(), s.width());
            case Shape.Imul3 s -> reversed("imul", p, s.width(), s.width());
            case Shape.BitTest s -> reversed(lower(strip(name)), p, s.width(), s.width());
            case Shape.Shift s when p.args().size() == 3 -> lower(strip(name)) + "d " + operand(p.arg(2), s.width(), size(s.width()))
                    + "," + operand(p.arg(1), s.width(), "") + "," + (p.arg(0) instanceof Imm(long v) ? hex(v, 1) : "cl");
            case Shape.Shift s -> lower(strip(name)) + " " + operand(p.arg(1), s.width(), size(s.width())) + ","
                    + (p.arg(0) instanceof Imm(long v) ? v == 1 ? "1" : hex(v, 1) : "cl");
            case Shape.Extend s -> (name.equals("MOVLQSX") ? "movsxd" : name.endsWith("ZX") ? "movzx" : "movsx") + " "
                    + operand(p.arg(1), s.width(), "") + "," + operand(p.arg(0), s.from(), size(s.from()));
            case Shape.Lea s -> "lea " + operand(p.arg(1), s.width(), "") + "," + operand(p.arg(0), 8, "");
            case Shape.Load s -> load(p, s);
            case Shape.Round s -> reversed(lower(name), p, 1, name.endsWith("SD") ? "QWORD" : "DWORD");
            case Shape.SseMove s -> reversed(sseMoveName(name), p, 8,
                    name.equals("MOVSD") ? "QWORD" : name.equals("MOVSS") ? "DWORD" : "XMMWORD");
            case Shape.Pseudo s -> throw new IllegalArgumentException("pseudo-instructions have no bytes");
            case Shape.Raw s -> throw new IllegalArgumentException("raw bytes are no instruction");
        };
    }

    private String mov(Prog p, int width) {
        Operand src = p.arg(0), dst = p.arg(1);
        boolean xmm = src instanceof Reg r && r.isXmm() || dst instanceof Reg d && d.isXmm();
        if (xmm) return reversed(width == 8 ? "movq" : "movd", p, width, size(width));
        if (src instanceof SymAddr(String sym, long off)) return "movabs " + operand(dst, 8, "") + "," + hex(symbols.get(sym) + off, 8);
        if (width == 8 && src instanceof Imm(long v) && dst instanceof Reg r) {
            if (v != (int) v && v >>> 32 == 0) return "mov " + operand(r, 4, "") + "," + hex(v, 4);
            if (v != (int) v) return "movabs " + operand(r, 8, "") + "," + hex(v, 8);
        }
        return reversed("mov", p, width, size(width));
    }

    private String xchg(Prog p, int width) {
        if (width > 1 && p.arg(0) instanceof Reg a && p.arg(1) instanceof Reg b && (a == Reg.AX || b == Reg.AX)) {
            if (a == b) return width == 2 ? "xchg ax,ax" : width == 8 ? "rex.W nop" : "nop";
            return "xchg " + operand(a == Reg.AX ? b : a, width, "") + "," + operand(Reg.AX, width, "");
        }
        return memoryFirst(reversed("xchg", p, width, size(width)));
    }

    private String load(Prog p, Shape.Load s) {
        String name = p.op().name();
        if (name.equals("MOVLQZX")) return reversed("mov", p, 4, "DWORD");
        if (name.startsWith("CMOV")) return reversed("cmov" + cc(name.substring(5)), p, s.width(), size(s.width()));
        if (!s.dstXmm() && !s.srcXmm()) return reversed(lower(strip(name)), p, s.width(), size(s.width()));
        if (name.startsWith("CVT")) {
            String from = name.substring(name.startsWith("CVTT") ? 4 : 3, name.indexOf('2'));
            String size = from.equals("SD") || from.equals("SQ") ? "QWORD" : "DWORD";
            return reversed(lower(name.replace("SQ2", "SI2").replace("SL2", "SI2").replace("2SQ", "2SI").replace("2SL", "2SI")),
                    p, s.width(), size);
        }
        String size = name.endsWith("SD") ? "QWORD" : name.endsWith("SS") ? "DWORD" : "XMMWORD";
        return reversed(lower(name), p, 8, size);
    }

    private static String sseMoveName(String name) {
        return switch (name) {
            case "MOVOU" -> "movdqu";
            case "MOVO" -> "movdqa";
            default -> lower(name);
        };
    }

    private static String fixed(Op op) {
        return switch (op) {
            case PUSHFQ -> "pushf";
            case POPFQ -> "popf";
            case MOVSQ -> "movs QWORD PTR es:[rdi],QWORD PTR ds:[rsi]";
            case MOVSB -> "movs BYTE PTR es:[rdi],BYTE PTR ds:[rsi]";
            case STOSQ -> "stos QWORD PTR es:[rdi],rax";
            case STOSB -> "stos BYTE PTR es:[rdi],al";
            default -> lower(op.name());
        };
    }

    /** Intel order: destination first, so Go's operand list backwards. */
    private String reversed(String mnemonic, Prog p, int width, int memWidth) {
        return reversed(mnemonic, p, width, size(memWidth));
    }

    private String reversed(String mnemonic, Prog p, int width, String size) {
        List<String> ops = new ArrayList<>();
        for (Operand o : p.args()) ops.add(o instanceof Imm(long v) ? hex(v, width) : operand(o, width, size));
        Collections.reverse(ops);
        return mnemonic + (ops.isEmpty() ? "" : " " + String.join(",", ops));
    }

    /** CMP keeps Go's order, which is already Intel's. */
    private String natural(String mnemonic, Prog p, int width) {
        List<String> ops = new ArrayList<>();
        for (Operand o : p.args()) ops.add(o instanceof Imm(long v) ? hex(v, width) : operand(o, width, size(width)));
        return mnemonic + " " + String.join(",", ops);
    }

    /** TEST and XCHG are symmetric; objdump shows the memory operand (ModRM.rm) first. */
    private static String memoryFirst(String text) {
        int space = text.indexOf(' '), comma = text.indexOf(',', space);
        String first = text.substring(space + 1, comma), second = text.substring(comma + 1);
        return second.contains("[") || second.contains("ds:") ? text.substring(0, space + 1) + second + "," + first : text;
    }

    private String operand(Operand o, int width, String size) {
        String ptr = size.isEmpty() ? "" : size + " PTR ";
        return switch (o) {
            case Reg r when r.isXmm() -> "xmm" + r.num();
            case Reg r -> gp(r.num(), width);
            case SymRef(String sym, long off) -> {
                comment = hex(symbols.get(sym) + off, 8);
                yield ptr + "[rip]";
            }
            case Mem m -> ptr + memory(m);
            case Tls t -> ptr + "fs:" + hex(symbols.get("TLS"), 8);
            default -> throw new IllegalArgumentException("operand " + o);
        };
    }

    private static String memory(Mem m) {
        if (m.base() == null && m.index() == null) return "ds:" + hex(m.disp(), 4);
        StringBuilder b = new StringBuilder("[");
        if (m.base() != null) b.append(gp(m.base().num(), 8));
        if (m.index() != null) b.append(m.base() != null ? "+" : "").append(gp(m.index().num(), 8)).append('*').append(m.scale());
        boolean forced = m.base() == null || (m.base().num() & 7) == 5;
        if (m.disp() > 0 || m.disp() == 0 && forced) b.append("+0x").append(Long.toHexString(m.disp()));
        else if (m.disp() < 0) b.append("-0x").append(Long.toHexString(-m.disp()));
        return b.append(']').toString();
    }

    private String branch(Operand o) {
        return switch (o) {
            case Label l -> target(l);
            case SymRef(String sym, long off) -> hex(symbols.get(sym) + off, 8);
            default -> operand(o, 8, "QWORD");
        };
    }

    private String target(Operand label) {
        return "0x" + Integer.toHexString(labels.apply((Label) label));
    }

    private static String gp(int num, int width) {
        if (num >= 8) return "r" + num + switch (width) {
            case 1 -> "b";
            case 2 -> "w";
            case 4 -> "d";
            default -> "";
        };
        return (switch (width) {
            case 1 -> R8;
            case 2 -> R16;
            case 4 -> R32;
            default -> R64;
        })[num];
    }

    private static String size(int width) {
        return switch (width) {
            case 1 -> "BYTE";
            case 2 -> "WORD";
            case 4 -> "DWORD";
            default -> "QWORD";
        };
    }

    private static String hex(long v, int width) {
        long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
        return "0x" + Long.toHexString(v & mask);
    }

    private static String cc(String go) {
        List<String> names = List.of("OS", "OC", "CS", "CC", "EQ", "NE", "LS", "HI", "MI", "PL", "PS", "PC", "LT", "GE", "LE", "GT");
        return CC[names.indexOf(go)];
    }

    private static String strip(String name) {
        return name.substring(0, name.length() - 1).replace("IMUL3", "IMUL");
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}

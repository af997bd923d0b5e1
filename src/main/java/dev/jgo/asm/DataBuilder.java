package dev.jgo.asm;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Pos;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DATA and GLOBL: DATA fills a symbol's bytes piece by piece (in increasing offsets, as gc
 * requires), GLOBL declares its size and flags. Once the file is read each GLOBL becomes a data
 * symbol whose kind follows gc: RODATA flag → rodata; NOPTR → noptrdata, or noptrbss without
 * DATA; otherwise data, or bss without DATA.
 */
final class DataBuilder {
    private static final int MAX_ALIGN = 32;

    /** An address stored in data, resolved to a symbol once the whole file is known. */
    private record Pointer(int offset, String target, long addend) {}

    private static final class Content {
        byte[] bytes = new byte[0];
        long end;
        final List<Pointer> pointers = new ArrayList<>();
        final Pos pos;

        Content(Pos pos) {
            this.pos = pos;
        }

        void write(long offset, byte[] value) {
            int need = (int) offset + value.length;
            if (need > bytes.length) bytes = Arrays.copyOf(bytes, need);
            System.arraycopy(value, 0, bytes, (int) offset, value.length);
        }
    }

    private record Globl(String name, boolean isStatic, long flags, long size, Pos pos) {}

    private final Context ctx;
    private final Map<String, Content> contents = new LinkedHashMap<>();
    private final Map<String, Globl> globls = new LinkedHashMap<>();

    DataBuilder(Context ctx) {
        this.ctx = ctx;
    }

    void data(Statement s) {
        if (s.operands().size() != 2) throw new AsmError(s.pos(), "expect two operands for DATA");
        List<Token> target = s.operands().getFirst();
        int n = target.size();
        if (n < 3 || !target.get(n - 2).is("/") || target.get(n - 1).kind() != Token.Kind.INT)
            throw new AsmError(s.pos(), "expect /size for DATA argument");
        long size = Expr.parseInt(target.get(n - 1));
        Arg at = Pseudo.symbol("DATA", target.subList(0, n - 2), s.pos(), true);
        Arg value = s.arg(1);
        String name = name(at);
        Content c = contents.computeIfAbsent(name, k -> new Content(s.pos()));
        if (at.offset() < c.end) throw new AsmError(s.pos(), "overlapping DATA entry for " + name);
        if (at.offset() < 0 || at.offset() + size > Integer.MAX_VALUE) throw new AsmError(s.pos(), "DATA offset out of range for " + name);
        c.end = at.offset() + size;
        c.write(at.offset(), bytes(value, (int) size, s.pos()));
        if (value.kind() == Arg.Kind.ADDRESS) {
            c.pointers.add(new Pointer((int) at.offset(), ctx.reference(value, false), value.offset()));
        }
    }

    private static byte[] bytes(Arg value, int size, Pos pos) {
        return switch (value.kind()) {
            case IMMEDIATE -> {
                if (size != 1 && size != 2 && size != 4 && size != 8) throw new AsmError(pos, "bad int size for DATA argument: " + size);
                yield littleEndian(value.offset(), size);
            }
            case FLOAT -> {
                double v = (Double) value.constant();
                if (size == 4) yield littleEndian(Float.floatToRawIntBits((float) v), 4);
                if (size == 8) yield littleEndian(Double.doubleToRawLongBits(v), 8);
                throw new AsmError(pos, "bad float size for DATA argument: " + size);
            }
            case STRING -> {
                byte[] text = stringBytes((String) value.constant());
                if (text.length > size) throw new AsmError(pos, "string of " + text.length + " bytes does not fit DATA size " + size);
                yield Arrays.copyOf(text, size);
            }
            case ADDRESS -> {
                if (size != 8) throw new AsmError(pos, "bad addr size for DATA argument: " + size);
                if (!value.isPseudo("SB") || value.symbol() == null || value.index() != null)
                    throw new AsmError(pos, "DATA value must be an immediate constant or address");
                yield new byte[8];
            }
            default -> throw new AsmError(pos, "DATA value must be an immediate constant or address");
        };
    }

    /** Characters below 256 are bytes (they come from escapes like \xff); others are UTF-8. */
    private static byte[] stringBytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(cp -> {
            if (cp < 256) out.write(cp);
            else out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        });
        return out.toByteArray();
    }

    private static byte[] littleEndian(long v, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    void globl(Statement s) {
        int n = s.operands().size();
        if (n != 2 && n != 3) throw new AsmError(s.pos(), "expect two or three operands for GLOBL");
        Arg sym = Pseudo.symbol("GLOBL", s.operands().getFirst(), s.pos(), false);
        long flags = n == 3 ? Pseudo.integer("GLOBL", s.operands().get(1), s.pos()) : 0;
        Arg size = s.arg(n - 1);
        if (size.kind() != Arg.Kind.IMMEDIATE)
            throw new AsmError(s.pos(), "GLOBL: expected immediate constant; found " + size.describe());
        if (size.offset() < 0 || size.offset() > Integer.MAX_VALUE) throw new AsmError(s.pos(), "GLOBL size out of range");
        String name = name(sym);
        if (globls.containsKey(name)) throw new AsmError(s.pos(), "duplicate GLOBL for " + name);
        globls.put(name, new Globl(name, sym.sel() == Arg.Selector.STATIC, flags, size.offset(), s.pos()));
    }

    private String name(Arg a) {
        String name = ctx.symbolName(a);
        if (a.sel() != Arg.Selector.NONE && a.sel() != Arg.Selector.STATIC)
            throw new AsmError(a.pos(), "ABI selector on data symbol \"" + name + "\"");
        return name;
    }

    /** The data symbols, once every TEXT of the file is known (so pointers resolve). */
    List<Symbol> symbols(References refs) {
        List<Symbol> out = new ArrayList<>();
        contents.forEach((name, c) -> {
            if (!globls.containsKey(name)) ctx.diagnostics().error(c.pos, "DATA for " + name + " without GLOBL");
        });
        for (Globl g : globls.values()) {
            Content c = contents.get(g.name());
            if (c != null && c.end > g.size()) {
                ctx.diagnostics().error(c.pos, "DATA past the end of " + g.name() + " (size " + g.size() + ")");
                continue;
            }
            List<SymFlag> flags = new ArrayList<>();
            if ((g.flags() & TextFlags.DUPOK) != 0) flags.add(SymFlag.DUPOK);
            if (g.isStatic()) flags.add(SymFlag.LOCAL);
            SymFlag[] f = flags.toArray(SymFlag[]::new);
            boolean rodata = (g.flags() & TextFlags.RODATA) != 0, noptr = (g.flags() & TextFlags.NOPTR) != 0;
            int align = align(g.size());
            if (c == null && !rodata) {
                out.add(Symbol.bss(g.name(), noptr ? SymKind.NOPTRBSS : SymKind.BSS, align, g.size(), f));
                continue;
            }
            byte[] content = Arrays.copyOf(c == null ? new byte[0] : c.bytes, (int) g.size());
            List<Reloc> relocs = new ArrayList<>();
            if (c != null) {
                for (Pointer p : c.pointers) relocs.add(new Reloc(p.offset(), RelocType.ADDR64, refs.resolve(p.target()), p.addend()));
            }
            SymKind kind = rodata ? SymKind.RODATA : noptr ? SymKind.NOPTRDATA : SymKind.DATA;
            out.add(Symbol.data(g.name(), kind, align, content, relocs, f));
        }
        return out;
    }

    /** As gc's linker aligns data: the largest power of two not above the size, at most 32. */
    private static int align(long size) {
        int align = MAX_ALIGN;
        while (align > size && align > 1) align >>= 1;
        return align;
    }
}

package dev.jgo.build;

import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;
import dev.jgo.ssagen.Sym;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a compiled package refers to besides its own variables: string literals (ssagen's
 * ConstString values become a pointer to a read-only symbol and a length, as gc's go.string
 * symbols), type descriptors and itabs ({@link TypeDescriptors}), and the
 * read-only closures of functions used as values (main.f·f). Symbols are DUPOK, so packages
 * that share one define it twice harmlessly.
 */
final class Statics {
    private static final Type BYTE_PTR = new Type.Pointer(Universe.UINT8);

    private final Abi funcAbi;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final TypeDescriptors types;
    private final AlgFuncs algs = new AlgFuncs(this);

    /** funcAbi: the ABI func values (·f closures) point at — the ABI of compiled Go code. */
    Statics(Abi funcAbi) {
        this.funcAbi = funcAbi;
        this.types = new TypeDescriptors(funcAbi, algs);
    }

    List<Symbol> symbols() {
        List<Symbol> all = new ArrayList<>(symbols.values());
        all.addAll(types.symbols());
        return all;
    }

    /** The hash and equality functions the descriptors point at. */
    AlgFuncs algs() {
        return algs;
    }

    /** Rewrites f's string constants into address + length and records what f refers to. */
    void collect(Func f) {
        Value sb = null;
        List<Value> strings = new ArrayList<>();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.SB && b == f.entry()) sb = v;
                if (v.op() == GenericOp.ConstString) strings.add(v);
                if (v.op() == GenericOp.Addr) refer(v.aux());
            }
        }
        for (Value v : strings) {
            if (sb == null) sb = f.entry().newValue(v.pos(), GenericOp.SB, Universe.UINTPTR);
            String s = (String) v.aux();
            Value ptr = s.isEmpty()
                    ? f.entry().newValue(v.pos(), GenericOp.ConstNil, BYTE_PTR)
                    : f.entry().newValue(v.pos(), GenericOp.Addr, BYTE_PTR, 0, stringData(s), sb);
            Value len = f.constInt(v.pos(), Universe.INT, s.length());
            v.reset(GenericOp.StringMake);
            v.addArgs(ptr, len);
        }
    }

    void refer(Object aux) {
        switch (aux) {
            case Sym.TypeDesc d -> types.descriptor(d.type());
            case Sym.Itab i -> types.itab(i.toString(), i.concrete(), i.iface());
            case Sym.Global g when g.name().endsWith("·f") -> funcValue(g.name());
            default -> { }
        }
    }

    private SymRef stringData(String s) {
        String name = "go.string." + quote(s);
        symbols.computeIfAbsent(name, n -> {
            byte[] bytes = new byte[s.length()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) s.charAt(i);
            return Symbol.data(n, SymKind.RODATA, 1, bytes, List.of(), SymFlag.DUPOK, SymFlag.LOCAL);
        });
        return SymRef.data(name);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') b.append(c);
            else b.append(String.format("\\x%02x", (int) c));
        }
        return b.append('"').toString();
    }

    private void funcValue(String name) {
        symbols.computeIfAbsent(name, n -> {
            SymRef code = SymRef.func(n.substring(0, n.length() - "·f".length()), funcAbi);
            return Symbol.data(n, SymKind.RODATA, 8, new byte[8], List.of(new Reloc(0, RelocType.ADDR64, code, 0)), SymFlag.DUPOK);
        });
    }
}

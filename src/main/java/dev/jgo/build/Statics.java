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
import dev.jgo.types.BasicKind;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a compiled package refers to besides its own variables: string literals (ssagen's
 * ConstString values become a pointer to a read-only symbol and a length, as gc's go.string
 * symbols), type descriptors (gc's _type layout; only size and kind are filled in), and the
 * read-only closures of functions used as values (main.f·f). Symbols are DUPOK, so packages
 * that share one define it twice harmlessly.
 */
final class Statics {
    private static final Type BYTE_PTR = new Type.Pointer(Universe.UINT8);
    /** gc's size of runtime._type; the kind byte sits at offset 23. */
    private static final int TYPE_DESC_SIZE = 48;
    /** The offset of _type.equal. */
    private static final int EQUAL = 24;

    private final Abi funcAbi;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final AlgFuncs algs = new AlgFuncs(this);
    private final MapTypes mapTypes = new MapTypes(this, algs);

    /** funcAbi: the ABI func values (·f closures) point at — the ABI of compiled Go code. */
    Statics(Abi funcAbi) {
        this.funcAbi = funcAbi;
    }

    List<Symbol> symbols() {
        return List.copyOf(symbols.values());
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
            case Sym.TypeDesc d -> typeDesc(d);
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

    private void typeDesc(Sym.TypeDesc d) {
        String name = d.toString();
        if (symbols.containsKey(name)) return;
        // put first: a descriptor may point back at itself through the ones it refers to
        symbols.put(name, header(name, d, algs.equalClosure(d.type())));
        if (d.type().underlying() instanceof Type.Map m) symbols.put(name, mapTypes.extend(symbols.get(name), m));
    }

    /** The _type of d; equal: the closure of its equality function (null: not comparable). */
    private static Symbol header(String n, Sym.TypeDesc d, SymRef equal) {
        byte[] b = new byte[TYPE_DESC_SIZE];
        long size = Sizes.sizeof(d.type());
        for (int i = 0; i < 8; i++) b[i] = (byte) (size >>> (8 * i));
        b[21] = (byte) Sizes.alignof(d.type());
        b[22] = b[21];
        b[23] = (byte) kind(d.type());
        List<Reloc> relocs = equal == null ? List.of() : List.of(new Reloc(EQUAL, RelocType.ADDR64, equal, 0));
        return Symbol.data(n, SymKind.RODATA, 8, b, relocs, SymFlag.DUPOK);
    }

    /** gc's reflect.Kind numbering. */
    private static int kind(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> switch (b.kind()) {
                case BOOL -> 1;
                case INT -> 2;
                case INT8 -> 3;
                case INT16 -> 4;
                case INT32 -> 5;
                case INT64 -> 6;
                case UINT -> 7;
                case UINT8 -> 8;
                case UINT16 -> 9;
                case UINT32 -> 10;
                case UINT64 -> 11;
                case UINTPTR -> 12;
                case FLOAT32 -> 13;
                case FLOAT64 -> 14;
                case COMPLEX64 -> 15;
                case COMPLEX128 -> 16;
                case STRING -> 24;
                case UNSAFE_POINTER -> 26;
                default -> 0;
            };
            case Type.Array a -> 17;
            case Type.Chan c -> 18;
            case Type.Signature s -> 19;
            case Type.Interface i -> 20;
            case Type.Map m -> 21;
            case Type.Pointer p -> 22;
            case Type.Slice s -> 23;
            case Type.Struct s -> 25;
            default -> 0;
        };
    }
}

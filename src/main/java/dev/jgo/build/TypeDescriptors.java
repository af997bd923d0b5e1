package dev.jgo.build;

import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssagen.MethodTables;
import dev.jgo.ssagen.TypeNames;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type descriptors and itabs in gc 1.19's layout (runtime/type.go and runtime/runtime2.go):
 * the 48-byte _type header (size, hash, tflag, align, kind, equal, str), the kind's own fields
 * (elem for pointers, slices, arrays and channels, key and elem for maps, parameters for
 * functions, fields for structs, methods for interfaces), and for defined types the uncommon
 * type with the method table that the runtime's getitab searches.
 *
 * <p>Where gc stores 32-bit offsets from the module's type or text section (nameOff, typeOff,
 * textOff) jgo stores the 32-bit absolute address of the target: the executable is not
 * position-independent and lies below 2 GiB. Names are gc's encoding (flag byte, varint length,
 * bytes) without package paths; a type's string is stored as is (no tflagExtraStar).
 * gcdata, ptrdata and ptrToThis are left zero (jgo's allocator does not scan).
 */
final class TypeDescriptors {
    private static final int TFLAG_UNCOMMON = 1, TFLAG_NAMED = 4, TFLAG_REGULAR_MEMORY = 8;
    private static final int KIND_DIRECT_IFACE = 1 << 5;
    private static final int HEADER = 48;
    private static final int UNCOMMON = 16;

    private final Abi funcAbi;
    private final AlgFuncs algs;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Deque<Type> work = new ArrayDeque<>();

    TypeDescriptors(Abi funcAbi, AlgFuncs algs) {
        this.funcAbi = funcAbi;
        this.algs = algs;
    }

    List<Symbol> symbols() {
        return List.copyOf(symbols.values());
    }

    /** Makes t's descriptor and every descriptor it refers to. */
    void descriptor(Type t) {
        ref(t);
        drain();
    }

    /** Makes the itab of concrete type t as interface type i (gc's go.itab.T,I). */
    void itab(String name, Type t, Type i) {
        if (symbols.containsKey(name)) return;
        Data d = new Data();
        d.addr(ref(i), 0);
        d.addr(ref(t), 0);
        d.u32(hash(t));
        d.u32(0);
        for (String fn : MethodTables.itab(t, (Type.Interface) i.underlying())) d.addr(SymRef.func(fn, funcAbi), 0);
        symbols.put(name, d.symbol(name));
        drain();
    }

    private void drain() {
        while (!work.isEmpty()) build(work.removeFirst());
    }

    private SymRef ref(Type t) {
        String name = "type." + TypeNames.link(t);
        if (!symbols.containsKey(name)) {
            symbols.put(name, null);
            work.add(t);
        }
        return SymRef.data(name);
    }

    private void build(Type t) {
        String self = "type." + TypeNames.link(t);
        List<MethodTables.Method> methods = MethodTables.of(t);
        boolean uncommon = t instanceof Type.Named || !methods.isEmpty();
        SymRef eq = algs.equalClosure(t);
        Data d = new Data();
        d.u64(Sizes.sizeof(t));
        d.u64(0);
        d.u32(hash(t));
        d.u8((uncommon ? TFLAG_UNCOMMON : 0) | (t instanceof Type.Named || t instanceof Type.Basic ? TFLAG_NAMED : 0)
                | (eq != null && eq.name().startsWith("runtime.memequal") ? TFLAG_REGULAR_MEMORY : 0));
        d.u8((int) Sizes.alignof(t));
        d.u8((int) Sizes.alignof(t));
        d.u8(kind(t) | (MethodTables.isDirect(t) ? KIND_DIRECT_IFACE : 0));
        if (eq == null) d.u64(0);
        else d.addr(eq, 0);
        d.u64(0);
        d.addr32(name(TypeNames.display(t), false));
        d.u32(0);
        // the kind's fields; arrays of pointers (struct fields, interface methods, function
        // parameters) follow the uncommon type, so they are written once its place is known
        List<Runnable> trailing = new ArrayList<>();
        switch (t.underlying()) {
            case Type.Pointer p -> d.addr(ref(p.elem()), 0);
            case Type.Slice s -> d.addr(ref(s.elem()), 0);
            case Type.Array a -> {
                d.addr(ref(a.elem()), 0);
                d.addr(ref(new Type.Slice(a.elem())), 0);
                d.u64(a.len());
            }
            case Type.Chan c -> {
                d.addr(ref(c.elem()), 0);
                d.u64(switch (c.dir()) {
                    case RECV -> 1;
                    case SEND -> 2;
                    case BOTH -> 3;
                });
            }
            case Type.Map m -> {
                d.addr(ref(m.key()), 0);
                d.addr(ref(m.elem()), 0);
                // jgo's runtime.maptype (map.go): the key's hash and equality, the slot layout
                d.addr(algs.hashClosure(m.key()), 0);
                d.addr(algs.equalClosure(m.key()), 0);
                d.u32(MapTypes.elemOffset(m));
                d.u32(MapTypes.slotSize(m));
            }
            case Type.Signature s -> {
                d.u16(s.params().size());
                d.u16(s.results().size() | (s.variadic() ? 0x8000 : 0));
                d.u32(0);
                trailing.add(() -> {
                    for (Obj.Var v : s.params().vars()) d.addr(ref(v.type()), 0);
                    for (Obj.Var v : s.results().vars()) d.addr(ref(v.type()), 0);
                });
            }
            case Type.Interface i -> {
                d.u64(0);
                int slice = d.size();
                d.u64(0);
                d.u64(i.allMethods().size());
                d.u64(i.allMethods().size());
                trailing.add(() -> {
                    d.patchSelf(slice, self);
                    for (Obj.Func m : i.allMethods()) {
                        d.addr32(name(m.name(), m.exported()));
                        d.addr32(ref(MethodTables.withoutReceiver(m.signature())));
                    }
                });
            }
            case Type.Struct s -> {
                d.u64(0);
                int slice = d.size();
                d.u64(0);
                d.u64(s.fields().size());
                d.u64(s.fields().size());
                long[] offs = Sizes.offsetsof(s);
                trailing.add(() -> {
                    d.patchSelf(slice, self);
                    for (int k = 0; k < s.fields().size(); k++) {
                        Obj.Var f = s.fields().get(k);
                        d.addr(name(f.name(), f.exported()), 0);
                        d.addr(ref(f.type()), 0);
                        d.u64(offs[k] << 1 | (f.embedded() ? 1 : 0));
                    }
                });
            }
            default -> { }
        }
        int uncommonAt = d.size();
        if (uncommon) {
            d.u32(0);
            d.u16(methods.size());
            d.u16((int) methods.stream().filter(m -> m.method().exported()).count());
            d.u32(0);
            d.u32(0);
        }
        for (Runnable r : trailing) r.run();
        if (uncommon) {
            d.patchU32(uncommonAt + 8, d.size() - uncommonAt);
            for (MethodTables.Method m : methods) {
                SymRef code = SymRef.func(m.fn(), funcAbi);
                d.addr32(name(m.name(), m.method().exported()));
                d.addr32(ref(m.sig()));
                d.addr32(code);
                d.addr32(code);
            }
        }
        symbols.put(self, d.symbol(self));
    }

    /** The name symbol holding s in gc's encoding: a flag byte (1: exported), varint length, bytes. */
    private SymRef name(String s, boolean exported) {
        String sym = "go.name." + (exported ? "1." : "0.") + s;
        if (!symbols.containsKey(sym)) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(exported ? 1 : 0);
            for (int n = bytes.length; ; n >>>= 7) {
                if (n < 0x80) {
                    b.write(n);
                    break;
                }
                b.write(n & 0x7f | 0x80);
            }
            b.writeBytes(bytes);
            symbols.put(sym, Symbol.data(sym, SymKind.RODATA, 1, b.toByteArray(), List.of(), SymFlag.DUPOK, SymFlag.LOCAL));
        }
        return SymRef.data(sym);
    }

    /** FNV-1a of the type's link name: equal for identical types, as gc's hash is. */
    private static int hash(Type t) {
        int h = 0x811c9dc5;
        for (byte b : TypeNames.link(t).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    /** gc's reflect.Kind numbering. */
    static int kind(Type t) {
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

    /** The bytes and relocations of one read-only symbol being written. */
    private static final class Data {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Reloc> relocs = new ArrayList<>();
        private final List<long[]> patches = new ArrayList<>();

        int size() {
            return bytes.size();
        }

        void u8(int v) {
            bytes.write(v);
        }

        void u16(int v) {
            u8(v);
            u8(v >>> 8);
        }

        void u32(long v) {
            u16((int) v);
            u16((int) (v >>> 16));
        }

        void u64(long v) {
            u32(v);
            u32(v >>> 32);
        }

        void addr(SymRef target, long addend) {
            relocs.add(new Reloc(size(), RelocType.ADDR64, target, addend));
            u64(0);
        }

        void addr32(SymRef target) {
            relocs.add(new Reloc(size(), RelocType.ADDR32, target, 0));
            u32(0);
        }

        /** Points the 8-byte field at offset at to the current end of symbol self. */
        void patchSelf(int at, String self) {
            relocs.add(new Reloc(at, RelocType.ADDR64, SymRef.data(self), size()));
        }

        /** Sets the 4 bytes at offset at (already written) to v. */
        void patchU32(int at, long v) {
            patches.add(new long[] {at, v});
        }

        Symbol symbol(String name) {
            byte[] b = bytes.toByteArray();
            for (long[] p : patches) {
                for (int i = 0; i < 4; i++) b[(int) p[0] + i] = (byte) (p[1] >>> (8 * i));
            }
            return Symbol.data(name, SymKind.RODATA, 8, b, relocs, SymFlag.DUPOK);
        }
    }
}

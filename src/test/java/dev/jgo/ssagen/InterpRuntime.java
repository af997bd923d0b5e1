package dev.jgo.ssagen;

import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssagen.SsaInterp.Cx;
import dev.jgo.ssagen.SsaInterp.Sl;
import dev.jgo.ssagen.SsaInterp.Str;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Predicates;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The runtime functions of {@link Runtime#TABLE}, implemented for the interpreter with the
 * behaviour of Go 1.19's runtime that a program can observe: print formats, growslice's growth
 * and size classes (visible through cap), UTF-8 decoding, panic messages; maps ({@link InterpMaps}).
 */
final class InterpRuntime {
    /** The start of the message for a runtime function the interpreter does not implement. */
    static final String MISSING = "the interpreter has no runtime function ";

    private static final int[] SIZE_CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    private final SsaInterp in;
    private final InterpMemory mem;
    private final InterpMaps maps;

    InterpRuntime(SsaInterp in) {
        this.in = in;
        this.mem = in.memory;
        this.maps = new InterpMaps(in);
    }

    Object[] call(String name, List<Object> a) {
        return switch (name) {
            case "runtime.printlock", "runtime.printunlock" -> none();
            // method value wrappers hand a running panic on to the method: the interpreter's panics are never recovered
            case "runtime.wrapperargp" -> none();
            case "runtime.printsp" -> print(" ");
            case "runtime.printnl" -> print("\n");
            case "runtime.printint" -> print(Long.toString((Long) a.get(0)));
            case "runtime.printuint" -> print(Long.toUnsignedString((Long) a.get(0)));
            case "runtime.printbool" -> print(a.get(0).toString());
            case "runtime.printfloat" -> print(formatFloat((Double) a.get(0)));
            case "runtime.printcomplex" -> print("(" + formatFloat(((Cx) a.get(0)).re()) + formatFloat(((Cx) a.get(0)).im()) + "i)");
            case "runtime.printstring" -> {
                in.stderr.writeBytes(mem.bytesOf((Str) a.get(0)));
                yield none();
            }
            case "runtime.printeface" -> print("(0x" + Long.toHexString(((SsaInterp.Iface) a.get(0)).type()) + ",0x" + Long.toHexString(((SsaInterp.Iface) a.get(0)).data()) + ")");
            case "runtime.printpointer" -> print("0x" + Long.toHexString((Long) a.get(0)));
            case "runtime.newobject" -> one(mem.alloc(Sizes.sizeof(in.typeDescs.get((Long) a.get(0)))));
            case "runtime.makeslice" -> makeslice((Long) a.get(0), (Long) a.get(1), (Long) a.get(2));
            case "runtime.growslice" -> growslice((Long) a.get(0), (Long) a.get(1), (Long) a.get(2), (Long) a.get(3), (Long) a.get(4));
            case "runtime.memmove" -> {
                long n = (Long) a.get(2);
                if (n > 0) mem.write((Long) a.get(0), mem.read((Long) a.get(1), n));
                yield none();
            }
            case "runtime.memequal" -> {
                long n = (Long) a.get(2);
                yield one(n == 0 || java.util.Arrays.equals(mem.read((Long) a.get(0), n), mem.read((Long) a.get(1), n)));
            }
            case "runtime.concatstring2", "runtime.concatstring3", "runtime.concatstring4", "runtime.concatstring5" -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (Object s : a.subList(1, a.size())) b.writeBytes(mem.bytesOf((Str) s));
                yield one(mem.newString(b.toByteArray()));
            }
            case "runtime.concatstrings" -> {
                Sl s = (Sl) a.get(1);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (long i = 0; i < s.len(); i++) b.writeBytes(mem.bytesOf((Str) mem.load(Universe.STRING, s.ptr() + 16 * i)));
                yield one(mem.newString(b.toByteArray()));
            }
            case "runtime.cmpstring" -> one((long) Integer.signum(java.util.Arrays.compareUnsigned(mem.bytesOf((Str) a.get(0)), mem.bytesOf((Str) a.get(1)))));
            case "runtime.intstring" -> one(mem.newString(encodeRune((Long) a.get(1))));
            case "runtime.slicebytetostring" -> one(mem.newString((Long) a.get(2) == 0 ? new byte[0] : mem.read((Long) a.get(1), (Long) a.get(2))));
            case "runtime.stringtoslicebyte" -> {
                byte[] b = mem.bytesOf((Str) a.get(1));
                long cap = roundupsize(b.length);
                long p = mem.alloc(cap);
                if (b.length > 0) mem.write(p, b);
                yield one(new Sl(p, b.length, cap));
            }
            case "runtime.stringtoslicerune" -> stringToRunes((Str) a.get(1));
            case "runtime.slicerunetostring" -> {
                Sl s = (Sl) a.get(1);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (long i = 0; i < s.len(); i++) b.writeBytes(encodeRune(mem.readInt(s.ptr() + 4 * i, 4)));
                yield one(mem.newString(b.toByteArray()));
            }
            case "runtime.decoderune" -> {
                long[] r = decodeRune(mem.bytesOf((Str) a.get(0)), (int) (long) (Long) a.get(1));
                yield new Object[] {r[0], r[1]};
            }
            case "runtime.complex128div" -> one(complexDiv((Cx) a.get(0), (Cx) a.get(1)));
            case "runtime.gopanic" -> throw new GoPanic(panicValue((SsaInterp.Iface) a.get(0)));
            case "runtime.panicdivide" -> throw new GoPanic("runtime error: integer divide by zero");
            case "runtime.panicshift" -> throw new GoPanic("runtime error: negative shift amount");
            case "runtime.convI2I" -> one((Long) a.get(1) == 0 ? 0L : in.itab(typeAt(mem.readInt((Long) a.get(1) + 8, 8)), typeAt((Long) a.get(0))));
            case "runtime.assertE2I", "runtime.assertE2I2" -> one(assertE2I(typeAt((Long) a.get(0)), (Long) a.get(1), name.endsWith("2")));
            case "runtime.panicdottype" -> {
                String iface = TypeNames.display(typeAt((Long) a.get(2)));
                String want = TypeNames.display(typeAt((Long) a.get(1)));
                long have = (Long) a.get(0);
                throw new GoPanic("interface conversion: " + iface + " is " + (have == 0 ? "nil" : TypeNames.display(typeAt(have))) + ", not " + want);
            }
            case "runtime.panicnildottype" -> throw new GoPanic("interface conversion: interface is nil, not " + TypeNames.display(typeAt((Long) a.get(0))));
            case "runtime.panicwrap" -> throw new GoPanic(new String(mem.bytesOf((Str) a.get(0)), StandardCharsets.ISO_8859_1));
            case "runtime.efaceeq" -> one((Long) a.get(0) == 0 || dataEqual(typeAt((Long) a.get(0)), (Long) a.get(1), (Long) a.get(2)));
            default -> {
                Object[] r = maps.call(name, a);
                if (r == null) throw new IllegalStateException(MISSING + name);
                yield r;
            }
        };
    }

    private Type typeAt(long desc) {
        return in.typeDescs.get(desc);
    }

    /** x.(I) for a value of dynamic type desc t (0: nil): the itab, or 0 / a panic when t lacks a method. */
    private long assertE2I(Type iface, long t, boolean canFail) {
        if (t == 0) {
            if (canFail) return 0;
            throw new GoPanic("interface conversion: interface is nil, not " + TypeNames.display(iface));
        }
        Type concrete = typeAt(t);
        Set<String> have = new HashSet<>();
        for (MethodTables.Method m : MethodTables.of(concrete)) have.add(m.name());
        for (Obj.Func m : ((Type.Interface) iface.underlying()).allMethods()) {
            if (have.contains(m.name())) continue;
            if (canFail) return 0;
            throw new GoPanic("interface conversion: " + TypeNames.display(concrete) + " is not " + TypeNames.display(iface) + ": missing method " + m.name());
        }
        return in.itab(concrete, iface);
    }

    /** Whether the values of type t with interface data words x and y are equal (a panic for uncomparable t). */
    private boolean dataEqual(Type t, long x, long y) {
        if (!Predicates.comparable(t)) throw new GoPanic("runtime error: comparing uncomparable type " + TypeNames.display(t));
        return MethodTables.isDirect(t) ? x == y : equalAt(t, x, y);
    }

    /** Whether the values of type t at x and y are equal. */
    private boolean equalAt(Type t, long x, long y) {
        switch (t.underlying()) {
            case Type.Struct s -> {
                long[] offs = Sizes.offsetsof(s);
                for (int k = 0; k < offs.length; k++) {
                    if (!s.fields().get(k).name().equals("_") && !equalAt(s.fields().get(k).type(), x + offs[k], y + offs[k])) return false;
                }
                return true;
            }
            case Type.Array arr -> {
                long size = Sizes.sizeof(arr.elem());
                for (long k = 0; k < arr.len(); k++) if (!equalAt(arr.elem(), x + k * size, y + k * size)) return false;
                return true;
            }
            case Type.Interface i -> {
                SsaInterp.Iface a = (SsaInterp.Iface) mem.load(t, x), b = (SsaInterp.Iface) mem.load(t, y);
                long ta = dynamicType(i, a.type()), tb = dynamicType(i, b.type());
                return ta == tb && (ta == 0 || dataEqual(typeAt(ta), a.data(), b.data()));
            }
            default -> {
                Object a = mem.load(t, x), b = mem.load(t, y);
                return switch (a) {
                    case Double d -> d.doubleValue() == (Double) b;
                    case Cx c -> c.re() == ((Cx) b).re() && c.im() == ((Cx) b).im();
                    case Str str -> Arrays.equals(mem.bytesOf(str), mem.bytesOf((Str) b));
                    default -> a.equals(b);
                };
            }
        }
    }

    /** The type descriptor of an interface value of type i whose first word is word. */
    private long dynamicType(Type.Interface i, long word) {
        return word == 0 || i.allMethods().isEmpty() ? word : mem.readInt(word + 8, 8);
    }

    private static Object[] none() {
        return new Object[0];
    }

    private static Object[] one(Object o) {
        return new Object[] {o};
    }

    private Object[] print(String s) {
        in.stderr.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return none();
    }

    private Object[] makeslice(long et, long len, long cap) {
        long size = Sizes.sizeof(in.typeDescs.get(et));
        if (len < 0 || size > 0 && len > (1L << 40) / size) throw new GoPanic("runtime error: makeslice: len out of range");
        if (cap < len || size > 0 && cap > (1L << 40) / size) throw new GoPanic("runtime error: makeslice: cap out of range");
        return one(mem.alloc(cap * size));
    }

    /** Go 1.19's growth: double below 256 elements, then by a quarter plus 192; rounded up to a size class. */
    private Object[] growslice(long et, long ptr, long len, long cap, long newLen) {
        long size = Sizes.sizeof(in.typeDescs.get(et));
        long newcap = cap;
        long doublecap = cap + cap;
        if (newLen > doublecap) {
            newcap = newLen;
        } else if (cap < 256) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * 256) / 4;
            if (newcap <= 0) newcap = newLen;
        }
        if (size == 0) return new Object[] {InterpMemory.BASE, len, newLen};
        long capmem = roundupsize(newcap * size);
        newcap = capmem / size;
        long p = mem.alloc(capmem);
        if (len > 0) mem.write(p, mem.read(ptr, len * size));
        return new Object[] {p, len, newcap};
    }

    static long roundupsize(long size) {
        if (size < 32768) {
            for (int c : SIZE_CLASSES) if (c >= size) return c;
        }
        return (size + 8191) & ~8191L;
    }

    private Object[] stringToRunes(Str s) {
        byte[] b = mem.bytesOf(s);
        List<Long> runes = new java.util.ArrayList<>();
        for (int k = 0; k < b.length; ) {
            long[] r = decodeRune(b, k);
            runes.add(r[0]);
            k = (int) r[1];
        }
        long cap = roundupsize(runes.size() * 4L) / 4;
        long p = mem.alloc(cap * 4);
        for (int k = 0; k < runes.size(); k++) mem.writeInt(p + 4L * k, 4, runes.get(k));
        return one(new Sl(p, runes.size(), cap));
    }

    /** Go's UTF-8 decoding: {rune, next index}; invalid input gives U+FFFD and advances one byte. */
    static long[] decodeRune(byte[] s, int k) {
        int b0 = s[k] & 0xff;
        int n = b0 < 0x80 ? 1 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : b0 >= 0xE0 && b0 < 0xF0 ? 3 : b0 >= 0xF0 && b0 < 0xF5 ? 4 : 0;
        if (n == 1) return new long[] {b0, k + 1};
        if (n == 0 || k + n > s.length) return new long[] {0xFFFD, k + 1};
        int lo = 0x80, hi = 0xBF;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
        int r = b0 & (0x7F >> n);
        for (int i = 1; i < n; i++) {
            int c = s[k + i] & 0xff;
            if (c < (i == 1 ? lo : 0x80) || c > (i == 1 ? hi : 0xBF)) return new long[] {0xFFFD, k + 1};
            r = (r << 6) | (c & 0x3F);
        }
        return new long[] {r, k + n};
    }

    static byte[] encodeRune(long r) {
        if (r < 0 || r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF) r = 0xFFFD;
        return new String(Character.toChars((int) r)).getBytes(StandardCharsets.UTF_8);
    }

    /** The runtime's print format for floats: sign, 7 significant digits, e, sign, 3 exponent digits. */
    static String formatFloat(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        char sign = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) sign = '-';
        } else {
            if (v < 0) {
                v = -v;
                sign = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < 7; i++) h /= 10;
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            int s = (int) v;
            digits.append((char) ('0' + s));
            v -= s;
            v *= 10;
        }
        char esign = e < 0 ? '-' : '+';
        e = Math.abs(e);
        return sign + digits.substring(0, 1) + "." + digits.substring(1) + "e" + esign
                + (char) ('0' + e / 100) + (char) ('0' + e / 10 % 10) + (char) ('0' + e % 10);
    }

    private static Cx complexDiv(Cx n, Cx m) {
        double a = n.re(), b = n.im(), c = m.re(), d = m.im(), e, f;
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c, denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d, denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
                b = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
                d = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Cx(e, f);
    }

    /**
     * How the runtime prints a panic value: strings and numbers as print does, a defined type
     * around its value (main.T(5), main.S("x")), other types as (T) and the data address.
     */
    private String panicValue(SsaInterp.Iface e) {
        if (e.type() == 0) return "nil";
        Type t = in.typeDescs.get(e.type());
        String name = SsaTypes.toString(t);
        if (!(t.underlying() instanceof Type.Basic b) || b.kind() == BasicKind.UNSAFE_POINTER) {
            return "(" + name + ") 0x" + Long.toHexString(e.data());
        }
        Object v = mem.load(t, e.data());
        String text = switch (v) {
            case Str s -> new String(mem.bytesOf(s), StandardCharsets.ISO_8859_1);
            case Double d -> formatFloat(d);
            case Cx c -> "(" + formatFloat(c.re()) + formatFloat(c.im()) + "i)";
            case Long l when b.kind().isUnsigned() -> Long.toUnsignedString(l);
            default -> v.toString();
        };
        if (t instanceof Type.Named) return name + (v instanceof Str ? "(\"" + text + "\")" : "(" + text + ")");
        return text;
    }

    /** gc's bounds error messages; a negative index leaves the length out. */
    static String boundsMessage(BoundsKind kind, long x, long y) {
        boolean neg = x < 0 && !kind.isUnsigned();
        String xs = kind.isUnsigned() ? Long.toUnsignedString(x) : Long.toString(x);
        String msg = switch (kind.ordinal() / 2 * 2) {
            case 0 -> neg ? "index out of range [%x]" : "index out of range [%x] with length %y";
            case 2 -> neg ? "slice bounds out of range [:%x]" : "slice bounds out of range [:%x] with length %y";
            case 4 -> neg ? "slice bounds out of range [:%x]" : "slice bounds out of range [:%x] with capacity %y";
            case 6 -> neg ? "slice bounds out of range [%x:]" : "slice bounds out of range [%x:%y]";
            case 8 -> neg ? "slice bounds out of range [::%x]" : "slice bounds out of range [::%x] with length %y";
            case 10 -> neg ? "slice bounds out of range [::%x]" : "slice bounds out of range [::%x] with capacity %y";
            case 12 -> neg ? "slice bounds out of range [:%x:]" : "slice bounds out of range [:%x:%y]";
            case 14 -> neg ? "slice bounds out of range [%x::]" : "slice bounds out of range [%x:%y:]";
            default -> "cannot convert slice with length %y to pointer to array with length %x";
        };
        return "runtime error: " + msg.replace("%x", xs).replace("%y", Long.toString(y));
    }
}

package dev.jgo.ssagen;

import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import java.util.Arrays;

/**
 * The interpreter's memory: one growing byte array, addresses starting above a guard area so
 * that address 0 (and small offsets from it) fault as nil dereferences. Typed loads and stores
 * convert between bytes (little-endian, amd64 layout from {@link Sizes}) and the interpreter's
 * value representation (see {@link SsaInterp}).
 */
final class InterpMemory {
    static final long BASE = 0x10000;
    private byte[] bytes = new byte[1 << 16];
    private long top = BASE;

    /** A zeroed block of n bytes, 8-aligned. */
    long alloc(long n) {
        long p = top;
        top += Math.max(8, (n + 7) & ~7L);
        while (top - BASE > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        return p;
    }

    private int at(long addr, long n) {
        if (addr < BASE || addr + n > top) throw new GoPanic("runtime error: invalid memory address or nil pointer dereference");
        return (int) (addr - BASE);
    }

    long readInt(long addr, int size) {
        int i = at(addr, size);
        long v = 0;
        for (int k = size - 1; k >= 0; k--) v = (v << 8) | (bytes[i + k] & 0xff);
        return SsaInterp.signExtend(v, size * 8);
    }

    void writeInt(long addr, int size, long v) {
        int i = at(addr, size);
        for (int k = 0; k < size; k++) bytes[i + k] = (byte) (v >>> (8 * k));
    }

    byte[] read(long addr, long n) {
        int i = at(addr, n);
        return Arrays.copyOfRange(bytes, i, i + (int) n);
    }

    void write(long addr, byte[] b) {
        System.arraycopy(b, 0, bytes, at(addr, b.length), b.length);
    }

    /** A value of type t at addr. */
    Object load(Type t, long addr) {
        Type u = t.underlying();
        switch (u) {
            case Type.Basic b when b.kind().isBoolean() -> { return readInt(addr, 1) != 0; }
            case Type.Basic b when b.kind().isFloat() -> { return readFloat(addr, (int) Sizes.sizeof(t)); }
            case Type.Basic b when b.kind().isComplex() -> {
                int half = (int) Sizes.sizeof(t) / 2;
                return new SsaInterp.Cx(readFloat(addr, half), readFloat(addr + half, half));
            }
            case Type.Basic b when b.kind().isString() -> { return new SsaInterp.Str(readInt(addr, 8), readInt(addr + 8, 8)); }
            case Type.Interface i -> { return new SsaInterp.Iface(readInt(addr, 8), readInt(addr + 8, 8)); }
            case Type.Slice s -> { return new SsaInterp.Sl(readInt(addr, 8), readInt(addr + 8, 8), readInt(addr + 16, 8)); }
            case Type.Struct s -> {
                long[] offs = Sizes.offsetsof(s);
                Object[] fields = new Object[offs.length];
                for (int i = 0; i < offs.length; i++) fields[i] = load(s.fields().get(i).type(), addr + offs[i]);
                return new SsaInterp.Agg(fields);
            }
            case Type.Array a -> {
                Object[] elems = new Object[(int) a.len()];
                for (int i = 0; i < elems.length; i++) elems[i] = load(a.elem(), addr + i * Sizes.sizeof(a.elem()));
                return new SsaInterp.Agg(elems);
            }
            default -> { return readInt(addr, (int) Sizes.sizeof(t)); }
        }
    }

    void store(Type t, long addr, Object v) {
        Type u = t.underlying();
        switch (v) {
            case Boolean b -> writeInt(addr, 1, b ? 1 : 0);
            case Double d -> writeFloat(addr, (int) Sizes.sizeof(t), d);
            case SsaInterp.Cx c -> {
                int half = (int) Sizes.sizeof(t) / 2;
                writeFloat(addr, half, c.re());
                writeFloat(addr + half, half, c.im());
            }
            case SsaInterp.Str s -> {
                writeInt(addr, 8, s.ptr());
                writeInt(addr + 8, 8, s.len());
            }
            case SsaInterp.Iface i -> {
                writeInt(addr, 8, i.type());
                writeInt(addr + 8, 8, i.data());
            }
            case SsaInterp.Sl s -> {
                writeInt(addr, 8, s.ptr());
                writeInt(addr + 8, 8, s.len());
                writeInt(addr + 16, 8, s.cap());
            }
            case SsaInterp.Agg a when u instanceof Type.Struct s -> {
                long[] offs = Sizes.offsetsof(s);
                for (int i = 0; i < offs.length; i++) store(s.fields().get(i).type(), addr + offs[i], a.parts()[i]);
            }
            case SsaInterp.Agg a -> {
                Type elem = ((Type.Array) u).elem();
                for (int i = 0; i < a.parts().length; i++) store(elem, addr + i * Sizes.sizeof(elem), a.parts()[i]);
            }
            case Long l -> writeInt(addr, (int) Sizes.sizeof(t), l);
            default -> throw new IllegalStateException("cannot store " + v + " as " + t);
        }
    }

    private double readFloat(long addr, int size) {
        long bits = readInt(addr, size);
        return size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }

    private void writeFloat(long addr, int size, double d) {
        writeInt(addr, size, size == 4 ? Float.floatToRawIntBits((float) d) : Double.doubleToRawLongBits(d));
    }

    /** A new Go string holding b. */
    SsaInterp.Str newString(byte[] b) {
        long p = b.length == 0 ? 0 : alloc(b.length);
        if (b.length > 0) write(p, b);
        return new SsaInterp.Str(p, b.length);
    }

    byte[] bytesOf(SsaInterp.Str s) {
        return s.len() == 0 ? new byte[0] : read(s.ptr(), s.len());
    }
}

package dev.jgo.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growable byte buffer written in little-endian order, the byte order of ELF on amd64. */
final class LeBuffer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    int size() {
        return out.size();
    }

    LeBuffer u8(int v) {
        out.write(v);
        return this;
    }

    LeBuffer u16(int v) {
        return u8(v).u8(v >>> 8);
    }

    LeBuffer u32(long v) {
        return u16((int) v).u16((int) (v >>> 16));
    }

    LeBuffer u64(long v) {
        return u32(v).u32(v >>> 32);
    }

    LeBuffer bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** The string's UTF-8 bytes and a terminating NUL. */
    LeBuffer cstring(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8)).u8(0);
    }

    /** Unsigned LEB128, as DWARF encodes most numbers. */
    LeBuffer uleb(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    /** Signed LEB128. */
    LeBuffer sleb(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    /** Zero bytes up to {@code offset}, which must not be behind the current size. */
    LeBuffer padTo(long offset) {
        if (offset < size()) throw new IllegalStateException("padding backwards to " + offset + " from " + size());
        while (size() < offset) u8(0);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

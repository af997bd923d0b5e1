package dev.jgo.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes, alignments and field offsets of types on the 64-bit targets (all four architectures jgo
 * knows share them). Implements the memory-layout rules of Go's internal ABI specification.
 */
public final class Layout {
    /** Size and alignment of a pointer, uintptr, int and uint. */
    public static final long PTR_SIZE = 8;

    private Layout() {}

    public static long size(AbiType t) {
        return switch (t) {
            case AbiType.Basic b -> switch (b) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case INT64, UINT64, INT, UINT, UINTPTR, FLOAT64, COMPLEX64, UNSAFE_POINTER -> 8;
                case COMPLEX128, STRING -> 16;
            };
            case AbiType.Pointer p -> PTR_SIZE;
            case AbiType.MapType m -> PTR_SIZE;
            case AbiType.Chan c -> PTR_SIZE;
            case AbiType.Func f -> PTR_SIZE;
            case AbiType.Interface i -> 2 * PTR_SIZE;
            case AbiType.Slice s -> 3 * PTR_SIZE;
            case AbiType.Array a -> a.length() * size(a.elem());
            case AbiType.Struct s -> structLayout(s).size();
            case AbiType.Named n -> size(n.underlying());
            case AbiType.Ref r -> throw noLayout(r);
        };
    }

    public static long align(AbiType t) {
        return switch (t) {
            // complex types align like their parts, not like their size
            case AbiType.Basic b -> switch (b) {
                case COMPLEX64 -> 4;
                case COMPLEX128, STRING -> 8;
                default -> size(b);
            };
            case AbiType.Array a -> align(a.elem());
            case AbiType.Struct s -> structLayout(s).align();
            case AbiType.Named n -> align(n.underlying());
            case AbiType.Ref r -> throw noLayout(r);
            default -> PTR_SIZE;
        };
    }

    /** The byte offset of each field of s, in declaration order. */
    public static List<Long> fieldOffsets(AbiType.Struct s) {
        return structLayout(s).offsets();
    }

    /** Rounds x up to a multiple of a (a power of two). */
    public static long roundUp(long x, long a) {
        return (x + a - 1) & -a;
    }

    private record StructLayout(List<Long> offsets, long size, long align) {}

    private static StructLayout structLayout(AbiType.Struct s) {
        List<Long> offsets = new ArrayList<>(s.fields().size());
        long offset = 0;
        long maxAlign = 1;
        boolean lastIsZeroSized = false;
        for (AbiType.Field f : s.fields()) {
            long a = align(f.type());
            long sz = size(f.type());
            offset = roundUp(offset, a);
            offsets.add(offset);
            offset += sz;
            maxAlign = Math.max(maxAlign, a);
            lastIsZeroSized = sz == 0;
        }
        // A final zero-sized field gets a padding byte, so taking its address never yields a
        // pointer past the end of the struct (unless the whole struct is empty).
        if (lastIsZeroSized && offset > 0) offset++;
        return new StructLayout(List.copyOf(offsets), roundUp(offset, maxAlign), maxAlign);
    }

    private static IllegalArgumentException noLayout(AbiType.Ref r) {
        return new IllegalArgumentException("type " + r.name() + " is only a reference and has no layout");
    }
}

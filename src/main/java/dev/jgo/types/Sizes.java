package dev.jgo.types;

/** Sizes, alignments and field offsets of types on amd64 (gc's layout rules). */
public final class Sizes {
    private Sizes() {}

    private static final int WORD = 8;

    public static long alignof(Type t) {
        return switch (t.underlying()) {
            case Type.Array a -> alignof(a.elem());
            case Type.Struct s -> {
                long max = 1;
                for (Obj.Var f : s.fields()) max = Math.max(max, alignof(f.type()));
                yield max;
            }
            case Type.Slice sl -> WORD;
            case Type.Interface i -> WORD;
            case Type.Basic b -> {
                if (b.kind().isString()) yield WORD;
                long size = sizeof(b);
                if (b.kind().isComplex()) size /= 2;
                yield Math.max(1, Math.min(size, WORD));
            }
            default -> WORD;
        };
    }

    public static long sizeof(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind().isUntyped() ? sizeof(Predicates.defaultType(b)) : b.kind().size;
            case Type.Array a -> {
                if (a.len() <= 0) yield 0;
                long es = sizeof(a.elem());
                yield es != 0 && a.len() > Long.MAX_VALUE / es ? Long.MAX_VALUE : es * a.len();
            }
            case Type.Slice sl -> 3L * WORD;
            case Type.Interface i -> 2L * WORD;
            case Type.Struct s -> {
                int n = s.fields().size();
                if (n == 0) yield 0;
                long[] offs = offsetsof(s);
                long last = sizeof(s.fields().get(n - 1).type());
                long size = offs[n - 1] > Long.MAX_VALUE - last ? Long.MAX_VALUE - 8 : offs[n - 1] + last;
                // A final zero-size field gets one byte of padding, so &last stays inside the struct.
                if (last == 0 && size > 0) size++;
                long align = alignof(s);
                yield (size + align - 1) / align * align;
            }
            default -> WORD;
        };
    }

    /** gc's limit on the size of a type on amd64. */
    public static final long MAX_WIDTH = 1L << 50;

    public static long[] offsetsof(Type.Struct s) {
        long[] offs = new long[s.fields().size()];
        long off = 0;
        for (int i = 0; i < offs.length; i++) {
            Type ft = s.fields().get(i).type();
            long a = alignof(ft);
            off = (off + a - 1) / a * a;
            offs[i] = off;
            off = Math.min(off + sizeof(ft), Long.MAX_VALUE / 2);
        }
        return offs;
    }
}

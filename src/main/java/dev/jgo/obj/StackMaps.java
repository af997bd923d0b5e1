package dev.jgo.obj;

import java.util.BitSet;
import java.util.List;

/**
 * Which stack words hold live pointers at each safe point of a function, for the garbage
 * collector: bitmaps over the argument area and over the locals, and a pc-value table giving,
 * for each pc, the index of the bitmap pair in force ({@link PcValueTable#UNKNOWN} where no
 * safe point is).
 */
public record StackMaps(List<Bitmap> args, List<Bitmap> locals, PcValueTable index) {
    public static final StackMaps NONE = new StackMaps(List.of(), List.of(), PcValueTable.EMPTY);

    /** One bit per pointer-sized word; a set bit is a live pointer. */
    public record Bitmap(int words, BitSet live) {
        public Bitmap {
            live = (BitSet) live.clone();
            if (live.length() > words) throw new IllegalArgumentException("live bit beyond " + words + " words");
        }

        @Override
        public BitSet live() {
            return (BitSet) live.clone();
        }
    }

    public StackMaps {
        args = List.copyOf(args);
        locals = List.copyOf(locals);
        if (args.size() != locals.size()) throw new IllegalArgumentException("args and locals maps differ in number");
    }
}

package dev.jgo.amd64;

/**
 * A memory operand {@code disp(base)(index*scale)}; base and index are optional general
 * registers (SP cannot be an index). A stack slot may carry the Go name of the variable it holds,
 * which listings print as {@code name+off(SP)} for locals and {@code name+off(FP)} for
 * parameters, as gc does; the name never changes the encoding, which is always SP-relative.
 */
public record Mem(Reg base, Reg index, int scale, long disp, Slot slot) implements Operand {

    /** The Go variable held by a stack slot, for listings. */
    public record Slot(String name, boolean param) {}

    public Mem {
        if (base != null && base.isXmm()) throw new IllegalArgumentException("base register " + base + " is not general");
        if (index != null && (index.isXmm() || index == Reg.SP))
            throw new IllegalArgumentException("register " + index + " cannot be an index");
        if (index == null ? scale != 0 : scale != 1 && scale != 2 && scale != 4 && scale != 8)
            throw new IllegalArgumentException("bad scale " + scale);
        if (disp != (int) disp) throw new IllegalArgumentException("displacement " + disp + " exceeds 32 bits");
        if (slot != null && base != Reg.SP) throw new IllegalArgumentException("named slot not on the stack");
    }

    /** {@code disp(base)} */
    public static Mem at(Reg base, long disp) {
        return new Mem(base, null, 0, disp, null);
    }

    /** {@code disp(base)(index*scale)} */
    public static Mem at(Reg base, Reg index, int scale, long disp) {
        return new Mem(base, index, scale, disp, null);
    }

    /** The stack slot {@code disp(SP)} holding the named local variable or parameter. */
    public static Mem slot(String name, boolean param, long disp) {
        return new Mem(Reg.SP, null, 0, disp, new Slot(name, param));
    }
}

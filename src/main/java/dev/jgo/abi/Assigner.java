package dev.jgo.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The register-assignment algorithm of Go's internal ABI: receiver, parameters and results are
 * broken into base values that take integer or floating-point registers in order, or, when they
 * contain a non-trivial array or do not fit the remaining registers, travel whole on the stack.
 * With zero registers it yields ABI0, the stack-based convention assembly code uses.
 */
public final class Assigner {
    private static final AbiType BYTE_POINTER = new AbiType.Pointer(AbiType.Basic.UINT8);

    private final String abi;
    private final List<Register> ints;
    private final List<Register> floats;

    private Assigner(String abi, List<Register> ints, List<Register> floats) {
        this.abi = abi;
        this.ints = ints;
        this.floats = floats;
    }

    /** The register-based convention of Go functions on arch. */
    public static Assigner abiInternal(Arch arch) {
        return new Assigner("ABIInternal/" + arch.goarch(), arch.intRegs(), arch.floatRegs());
    }

    /** The stack-based convention (the same algorithm with no registers), on any 64-bit target. */
    public static Assigner abi0() {
        return new Assigner("ABI0", List.of(), List.of());
    }

    public Assignment assign(Signature sig) {
        Frame frame = new Frame();
        List<Assignment.Item> inputs = sig.namedInputs().stream().map(frame::assign).toList();
        frame.stack = Layout.roundUp(frame.stack, Layout.PTR_SIZE);
        frame.nextInt = 0;
        frame.nextFloat = 0;
        List<Assignment.Item> results = sig.namedResults().stream().map(frame::assign).toList();
        long spillArea = Layout.roundUp(frame.stack, Layout.PTR_SIZE);
        // spill slots follow the stack results, so they are placed only now
        List<Assignment.Item> params = new ArrayList<>(inputs.size());
        long spill = spillArea;
        for (Assignment.Item item : inputs) {
            if (item.location() instanceof Assignment.InRegisters r) {
                spill = Layout.roundUp(spill, Layout.align(item.type()));
                item = new Assignment.Item(item.name(), item.type(), new Assignment.InRegisters(r.parts(), OptionalLong.of(spill)));
                spill += Layout.size(item.type());
            }
            params.add(item);
        }
        return new Assignment(abi, sig.receiver() != null, params, results, spillArea, Layout.roundUp(spill, Layout.PTR_SIZE));
    }

    /** The running state of one assignment: next free registers and the stack sequence so far. */
    private final class Frame {
        int nextInt;
        int nextFloat;
        long stack;

        Assignment.Item assign(Signature.Param p) {
            AbiType t = p.type();
            List<Piece> pieces = new ArrayList<>();
            if (Layout.size(t) > 0 && decompose(t, 0, pieces) && fits(pieces)) {
                List<Assignment.Part> parts = new ArrayList<>(pieces.size());
                for (Piece piece : pieces) {
                    Register reg = piece.floating() ? floats.get(nextFloat++) : ints.get(nextInt++);
                    parts.add(new Assignment.Part(reg, piece.type(), piece.offset()));
                }
                // an input's spill slot comes later: the spill area follows the stack results
                return new Assignment.Item(p.name(), t, new Assignment.InRegisters(parts, OptionalLong.empty()));
            }
            stack = Layout.roundUp(stack, Layout.align(t));
            Assignment.Item item = new Assignment.Item(p.name(), t, new Assignment.OnStack(stack));
            stack += Layout.size(t);
            return item;
        }

        private boolean fits(List<Piece> pieces) {
            long f = pieces.stream().filter(Piece::floating).count();
            return nextInt + (pieces.size() - f) <= ints.size() && nextFloat + f <= floats.size();
        }
    }

    /** A base value of a register-assignable type. */
    private record Piece(AbiType type, long offset, boolean floating) {}

    /**
     * Breaks t (at offset within the whole value) into base values; false when t contains an
     * array of more than one element, which is never register-assigned.
     */
    private static boolean decompose(AbiType t, long offset, List<Piece> out) {
        switch (t) {
            case AbiType.Basic b when b == AbiType.Basic.STRING -> {
                out.add(new Piece(BYTE_POINTER, offset, false));
                out.add(new Piece(AbiType.Basic.INT, offset + 8, false));
            }
            case AbiType.Basic b when b.isComplex() -> {
                AbiType half = b == AbiType.Basic.COMPLEX64 ? AbiType.Basic.FLOAT32 : AbiType.Basic.FLOAT64;
                out.add(new Piece(half, offset, true));
                out.add(new Piece(half, offset + Layout.size(half), true));
            }
            case AbiType.Basic b -> out.add(new Piece(b, offset, b.isFloat()));
            case AbiType.Slice s -> {
                out.add(new Piece(new AbiType.Pointer(s.elem()), offset, false));
                out.add(new Piece(AbiType.Basic.INT, offset + 8, false));
                out.add(new Piece(AbiType.Basic.INT, offset + 16, false));
            }
            case AbiType.Interface i -> {
                out.add(new Piece(AbiType.Basic.UNSAFE_POINTER, offset, false));
                out.add(new Piece(AbiType.Basic.UNSAFE_POINTER, offset + 8, false));
            }
            case AbiType.Array a -> {
                if (a.length() > 1) return false;
                if (a.length() == 1) return decompose(a.elem(), offset, out);
            }
            case AbiType.Struct s -> {
                List<Long> offsets = Layout.fieldOffsets(s);
                for (int i = 0; i < s.fields().size(); i++) {
                    if (!decompose(s.fields().get(i).type(), offset + offsets.get(i), out)) return false;
                }
            }
            case AbiType.Named n -> {
                return decompose(n.underlying(), offset, out);
            }
            case AbiType.Ref r -> throw new IllegalArgumentException("type " + r.name() + " has no layout");
            default -> out.add(new Piece(t, offset, false)); // pointer, map, chan, func: one word
        }
        return true;
    }
}

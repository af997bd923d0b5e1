package dev.jgo.abi;

import dev.jgo.abi.AsmListing.Instr;
import dev.jgo.abi.AsmListing.NamedRef;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows data through straight-line listing code just far enough to tell which register holds
 * which byte of which parameter or result, and what was stored where: loads (forwarding what was
 * stored to the same named byte), stores, address materialisations and register-to-register
 * moves. Anything else that writes a register makes its content unknown; a call makes registers
 * and memory unknown; a block copy (DUFFCOPY, a post-increment copy loop) makes memory unknown.
 */
final class RegisterTracker {
    /** What a register holds, or what was stored to memory. */
    sealed interface Value permits Bytes, Address, Incoming {}

    /** The value at byte offset of the named parameter or result (offsets as printed). */
    record Bytes(String name, long offset) implements Value {}

    /** The address of that byte. */
    record Address(String name, long offset) implements Value {}

    /** Whatever the register held when tracking (re)started, e.g. a callee's result. */
    record Incoming(String register) implements Value {}

    private final Map<String, Value> registers = new HashMap<>();
    private final Map<Bytes, Value> stores = new HashMap<>();

    /** Forgets everything and marks each of these registers as holding its incoming value. */
    void restart(Iterable<Register> incoming) {
        registers.clear();
        stores.clear();
        for (Register r : incoming) registers.put(r.name(), new Incoming(r.name()));
    }

    Value register(String name) {
        return registers.get(name);
    }

    /** The value last stored to that byte since the last restart, or null. */
    Value stored(Bytes at) {
        return stores.get(at);
    }

    /** Every named byte stored to since the last restart (or call), with what was stored. */
    Map<Bytes, Value> storedBytes() {
        return stores;
    }

    void step(Instr in) {
        if (isCall(in)) {
            registers.clear();
            stores.clear();
            return;
        }
        if (in.op().startsWith("DUFF") || in.op().endsWith(".P") || in.op().endsWith(".W")) {
            stores.clear();
            return;
        }
        if (in.op().equals("JAL") && in.operands().stream().anyMatch(o -> o.startsWith("runtime.duff"))) {
            stores.clear();
            return;
        }
        if (in.operands().size() != 2) {
            String dst = AsmListing.register(in.last());
            if (dst != null) registers.remove(dst);
            return;
        }
        String src = in.operands().getFirst();
        String dstText = in.last();
        boolean move = in.op().startsWith("MOV") || in.op().startsWith("FMOV");
        String dst = AsmListing.register(dstText);
        if (dst == null) {
            Bytes at = memory(dstText);
            if (at != null && move) {
                String from = AsmListing.register(src);
                stores.put(at, from == null ? null : registers.get(from));
            }
            return;
        }
        Value v = null;
        NamedRef ref = AsmListing.named(src);
        if (ref != null && (ref.address() || in.op().startsWith("LEA"))) {
            v = new Address(ref.name(), ref.offset());
        } else if (move) {
            Bytes at = memory(src);
            String from = AsmListing.register(src);
            if (at != null) v = stores.containsKey(at) ? stores.get(at) : at;
            else if (from != null) v = registers.get(from);
        }
        if (v == null) registers.remove(dst);
        else registers.put(dst, v);
    }

    /** A memory operand naming a parameter or result, directly or through an address register. */
    private Bytes memory(String operand) {
        NamedRef ref = AsmListing.named(operand);
        if (ref != null) return ref.address() ? null : new Bytes(ref.name(), ref.offset());
        String base = AsmListing.memoryBase(operand);
        if (base != null && registers.get(base) instanceof Address a) {
            return new Bytes(a.name(), a.offset() + AsmListing.memoryOffset(operand));
        }
        return null;
    }

    /**
     * A call to another function (riscv64 spells it JAL with a link register, a plain jump being
     * JAL X0). riscv64 calls duffcopy and duffzero: those only copy memory.
     */
    static boolean isCall(Instr in) {
        if (in.operands().stream().anyMatch(o -> o.startsWith("runtime.duff"))) return false;
        return in.op().equals("CALL") || in.op().equals("BL")
                || in.op().equals("JAL") && !in.operands().getFirst().equals("X0");
    }

    /** The call to the function with this symbol ("main.f1"). */
    static boolean isCallTo(Instr in, String symbol) {
        return isCall(in) && in.last().equals(symbol + "(SB)");
    }
}

package dev.jgo.ssa.expand;

import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.obj.Abi;
import dev.jgo.obj.SymRef;
import dev.jgo.types.Obj;

import java.util.function.Function;

/**
 * Which convention each function and call of a compilation follows. Go functions are
 * ABIInternal unless told otherwise; a callee is ABI0 when its symbol says so (assembly). Under
 * {@code -abi=stack} ({@link #stackOnly}) everything is ABI0: the same pass with no registers.
 *
 * @param stackOnly   {@code -abi=stack}: every function and every call uses ABI0
 * @param functionAbi the ABI of the function being expanded
 * @param calleeAbi   the ABI of a static callee, from its CallAux fn (closures and interface
 *                    calls, fn null, always reach Go code: ABIInternal)
 * @param adapter     converts the checker's types for the ABI library
 */
public record ExpandConfig(boolean stackOnly, Abi functionAbi, Function<Object, Abi> calleeAbi, TypeAdapter adapter) {

    /** {@code -abi=register}: ABIInternal, except callees named by an ABI0 SymRef. */
    public static ExpandConfig registers(TypeAdapter adapter) {
        return new ExpandConfig(false, Abi.INTERNAL, ExpandConfig::symbolAbi, adapter);
    }

    /** {@code -abi=stack}: everything ABI0. */
    public static ExpandConfig stack(TypeAdapter adapter) {
        return new ExpandConfig(true, Abi.ABI0, fn -> Abi.ABI0, adapter);
    }

    /** The same configuration for a function of another ABI (an ABI0 Go function). */
    public ExpandConfig forFunction(Abi abi) {
        return new ExpandConfig(stackOnly, abi, calleeAbi, adapter);
    }

    private static Abi symbolAbi(Object fn) {
        return fn instanceof SymRef r && r.abi() != null ? r.abi() : Abi.INTERNAL;
    }

    Assigner assigner(Abi abi) {
        return stackOnly || abi == Abi.ABI0 ? Assigner.abi0() : Assigner.abiInternal(Arch.AMD64);
    }

    /** A call's callee: the symbol the CALL names (null for closure and interface calls) and its ABI. */
    record Callee(SymRef target, Abi abi) {}

    Callee callee(Object fn) {
        Abi abi = stackOnly ? Abi.ABI0 : fn == null ? Abi.INTERNAL : calleeAbi.apply(fn);
        if (fn == null) return new Callee(null, abi);
        String name = switch (fn) {
            case SymRef r -> r.name();
            case Obj o -> o.name();
            default -> fn.toString();
        };
        return new Callee(SymRef.func(name, abi), abi);
    }
}

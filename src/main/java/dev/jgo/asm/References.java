package dev.jgo.asm;

import dev.jgo.amd64.Fixup;
import dev.jgo.amd64.Tls;
import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Symbol references of one file. The amd64 model names symbols by plain strings; the assembler
 * spells a reference whose ABI is known (a CALL or JMP target, or one with an explicit selector)
 * as {@code name<ABI0>} or {@code name<ABIInternal>}, and any other reference as the bare name.
 * Once the whole file is read, a bare name resolves to the function this file defines under it,
 * else to a data symbol.
 */
final class References {
    private final Map<String, Abi> functions = new HashMap<>();
    private final Set<SymRef> defined = new HashSet<>();

    /** The amd64-model spelling of a reference to a function in the given ABI. */
    static String function(String name, Abi abi) {
        return SymRef.func(name, abi).toString();
    }

    /** Records a TEXT of this file; false if the file already has a TEXT of that name and ABI. */
    boolean defineFunction(String name, Abi abi) {
        if (!defined.add(SymRef.func(name, abi))) return false;
        functions.putIfAbsent(name, abi);
        return true;
    }

    SymRef resolve(String spelled) {
        for (Abi abi : Abi.values()) {
            String suffix = "<" + abi + ">";
            if (spelled.endsWith(suffix)) return SymRef.func(spelled.substring(0, spelled.length() - suffix.length()), abi);
        }
        Abi abi = functions.get(spelled);
        return abi != null ? SymRef.func(spelled, abi) : SymRef.data(spelled);
    }

    /**
     * The linker's relocations for an encoder's fixups (both use ELF's addend convention); TLS
     * offsets are written into {@code code} instead.
     */
    List<Reloc> relocs(List<Fixup> fixups, byte[] code) {
        List<Reloc> relocs = new ArrayList<>();
        for (Fixup f : fixups) {
            RelocType type = switch (f.kind()) {
                case CALL_PC32 -> RelocType.CALL;
                case PC32 -> RelocType.PCREL32;
                case ABS64 -> RelocType.ADDR64;
                case TLS_LE -> null;
            };
            if (type != null) {
                relocs.add(new Reloc(f.offset(), type, resolve(f.symbol()), f.addend()));
            } else {
                Tls.resolve(code, f.offset());
            }
        }
        return relocs;
    }
}

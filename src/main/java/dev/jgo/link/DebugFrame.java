package dev.jgo.link;

import dev.jgo.obj.PcValueTable;
import dev.jgo.obj.SymKind;

/**
 * The DWARF call frame information (.debug_frame) that lets gdb unwind jgo's stacks: one CIE that
 * says the return address sits at the canonical frame address (CFA) - 8 and the CFA is SP + 8 at
 * a function's entry, and one FDE per function that moves the CFA offset wherever the function's
 * SP deltas (gc's pcsp table) change. Code without SP deltas (machine code made by hand) gets no
 * FDE, which leaves gdb to its own prologue analysis. Go keeps no callee-saved registers, so nothing else is
 * described — as in gc's own .debug_frame.
 */
final class DebugFrame {
    private static final int DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_offset = 0x0e, DW_CFA_advance_loc4 = 0x04,
            DW_CFA_offset = 0x80;
    private static final int RSP = 7, RETURN_ADDRESS = 16, DATA_ALIGNMENT = -4, ADDRESS_SIZE = 8;
    private static final long CIE_ID = 0xffffffffL;

    private DebugFrame() {}

    static byte[] of(Layout layout) {
        LeBuffer b = new LeBuffer();
        entry(b, CIE_ID, cie());
        for (Layout.Placed p : layout.section(SymKind.TEXT).symbols()) {
            if (p.symbol().func().spDeltas().runs().isEmpty()) continue;
            LeBuffer fde = new LeBuffer().u64(p.address()).u64(p.symbol().size());
            int pc = 0;
            for (PcValueTable.Run run : p.symbol().func().spDeltas().runs()) {
                if (run.pc() != pc) fde.u8(DW_CFA_advance_loc4).u32(run.pc() - pc);
                fde.u8(DW_CFA_def_cfa_offset).uleb(run.value() + ADDRESS_SIZE);
                pc = run.pc();
            }
            entry(b, 0, fde);
        }
        return b.toByteArray();
    }

    private static LeBuffer cie() {
        return new LeBuffer().u8(4).cstring("").u8(ADDRESS_SIZE).u8(0)
                .uleb(1).sleb(DATA_ALIGNMENT).uleb(RETURN_ADDRESS)
                .u8(DW_CFA_def_cfa).uleb(RSP).uleb(ADDRESS_SIZE)
                .u8(DW_CFA_offset | RETURN_ADDRESS).uleb(ADDRESS_SIZE / -DATA_ALIGNMENT);
    }

    /** A CIE or FDE: its length, the CIE id (or the CIE's offset, 0), the body, padded to 8 bytes with DW_CFA_nop. */
    private static void entry(LeBuffer out, long id, LeBuffer body) {
        byte[] bytes = body.toByteArray();
        int length = 4 + bytes.length;
        int padded = (length + 4 + ADDRESS_SIZE - 1) / ADDRESS_SIZE * ADDRESS_SIZE - 4;
        out.u32(padded).u32(id).bytes(bytes);
        for (int i = length; i < padded; i++) out.u8(0);
    }
}

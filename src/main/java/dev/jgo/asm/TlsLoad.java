package dev.jgo.asm;

import dev.jgo.amd64.Code;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Op;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.Reg;
import dev.jgo.syntax.Pos;

/**
 * The load of g from thread-local storage at the start of an ABI0 function's stack check:
 * {@code MOVQ (TLS), R14}, i.e. {@code mov r14, fs:[-8]} with g in the word just below the FS
 * base, where gc's linker puts it for a static executable (jgo's runtime keeps it there too).
 *
 * <p>jgo's amd64 model has no segment-relative operand yet, so the assembler emits a placeholder
 * instruction of exactly the same length (9 bytes, no fixup) and overwrites its bytes after
 * encoding. Nothing else refers to the placeholder, so no offset changes.
 */
final class TlsLoad {
    /** 64 = FS segment, 4C 8B 34 25 = MOV R14, [disp32] (no base, no index), disp32 = -8. */
    private static final byte[] BYTES = {0x64, 0x4C, (byte) 0x8B, 0x34, 0x25, (byte) 0xF8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

    /** How listings show the load, as gc prints it. */
    static final String TEXT = "MOVQ\t(TLS), R14";

    private TlsLoad() {}

    /** The placeholder: MOVW 0x1000(SP), R14 encodes as 66 44 8B B4 24 00 10 00 00, also 9 bytes. */
    static Prog placeholder(Pos pos) {
        return Prog.of(Op.MOVW, pos, Mem.at(Reg.SP, 0x1000), Reg.R14);
    }

    /** Replaces the placeholder, the {@code index}-th Prog, by the real load. */
    static Code patch(Code code, int index) {
        int at = code.pc(index);
        if (code.pc(index + 1) - at != BYTES.length) throw new IllegalStateException("TLS placeholder has the wrong length");
        byte[] bytes = code.bytes().clone();
        System.arraycopy(BYTES, 0, bytes, at, BYTES.length);
        return new Code(bytes, code.pcs(), code.pads(), code.labels(), code.fixups());
    }
}

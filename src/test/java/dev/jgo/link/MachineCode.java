package dev.jgo.link;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymRef;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Hand-encoded amd64 code for tests: bytes plus relocations at the fields they fill. */
final class MachineCode {
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final List<Reloc> relocs = new ArrayList<>();

    MachineCode bytes(int... bs) {
        for (int b : bs) code.write(b);
        return this;
    }

    /** A relocated field at the current position, left as zeros for the linker to fill. */
    MachineCode field(RelocType type, SymRef target, long addend) {
        relocs.add(new Reloc(code.size(), type, target, addend));
        for (int i = 0; i < type.size(); i++) code.write(0);
        return this;
    }

    /** CALL rel32. */
    MachineCode call(SymRef target) {
        return bytes(0xe8).field(RelocType.CALL, target, -4);
    }

    /** JMP rel32. */
    MachineCode jmp(SymRef target) {
        return bytes(0xe9).field(RelocType.CALL, target, -4);
    }

    /** MOVL $imm32, reg32 for the low eight registers. */
    MachineCode movImm(int reg, int imm) {
        return bytes(0xb8 + reg, imm & 0xff, (imm >>> 8) & 0xff, (imm >>> 16) & 0xff, imm >>> 24);
    }

    MachineCode syscall() {
        return bytes(0x0f, 0x05);
    }

    MachineCode ret() {
        return bytes(0xc3);
    }

    byte[] code() {
        return code.toByteArray();
    }

    List<Reloc> relocs() {
        return List.copyOf(relocs);
    }

    static final int EAX = 0, EDX = 2, EDI = 7;
}

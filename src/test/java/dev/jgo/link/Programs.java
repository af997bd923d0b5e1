package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.LineTable;
import dev.jgo.obj.PcValueTable;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.StackMaps;
import dev.jgo.obj.ArgInfo;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.nio.charset.StandardCharsets;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny programs built from hand-encoded machine code, shaped like what the compiler will hand
 * the linker: an ABI0 entry point calling main.main through its ABI0 wrapper, which jumps to
 * the ABIInternal body; the body writes a string from .rodata through a pointer held in .data;
 * the exit status comes from .noptrdata and makes a round trip through .bss.
 */
final class Programs {
    static final String MESSAGE = "hello from jgo\n";
    static final int EXIT_STATUS = 7;

    static final SymRef ENTRY = Linker.DEFAULT_ENTRY;
    static final SymRef MAIN = SymRef.func("main.main", Abi.INTERNAL);
    static final SymRef MAIN_ABI0 = SymRef.func("main.main", Abi.ABI0);
    static final SymRef MSG = SymRef.data("main.msg");
    static final SymRef MSG_PTR = SymRef.data("main.msgptr");
    static final SymRef STATUS = SymRef.data("main.status");
    static final SymRef SAVED = SymRef.data("main.saved");

    private Programs() {}

    /** The hello program, plus a function and a variable nothing refers to. */
    static List<Symbol> hello() {
        List<Symbol> syms = new ArrayList<>();
        MachineCode rt0 = new MachineCode()
                .call(MAIN_ABI0)
                .bytes(0x8b, 0x3c, 0x25).field(RelocType.ADDR32, STATUS, 0)      // MOVL main.status, DI
                .bytes(0x89, 0x3d).field(RelocType.PCREL32, SAVED, -4)           // MOVL DI, main.saved(RIP)
                .bytes(0x31, 0xff)                                               // XORL DI, DI
                .bytes(0x8b, 0x3d).field(RelocType.PCREL32, SAVED, -4)           // MOVL main.saved(RIP), DI
                .movImm(MachineCode.EAX, 60).syscall();                          // exit(DI)
        syms.add(text(ENTRY, rt0, FuncInfo.NONE, SymFlag.NOSPLIT, SymFlag.TOPFRAME));
        syms.add(text(MAIN_ABI0, new MachineCode().jmp(MAIN), FuncInfo.NONE, SymFlag.ABIWRAPPER, SymFlag.DUPOK));
        MachineCode main = new MachineCode()
                .movImm(MachineCode.EAX, 1).movImm(MachineCode.EDI, 1)
                .bytes(0x48, 0x8b, 0x35).field(RelocType.PCREL32, MSG_PTR, -4)  // MOVQ main.msgptr(RIP), SI
                .movImm(MachineCode.EDX, MESSAGE.length()).syscall()             // write(1, SI, DX)
                .ret();
        syms.add(text(MAIN, main, mainInfo()));
        syms.add(text(SymRef.func("main.unused", Abi.INTERNAL), new MachineCode().call(MAIN).ret(), FuncInfo.NONE));
        syms.add(Symbol.data(MSG.name(), SymKind.RODATA, 1, MESSAGE.getBytes(StandardCharsets.UTF_8), List.of()));
        MachineCode ptr = new MachineCode().field(RelocType.ADDR64, MSG, 0);
        syms.add(Symbol.data(MSG_PTR.name(), SymKind.DATA, 8, ptr.code(), ptr.relocs()));
        syms.add(Symbol.data(STATUS.name(), SymKind.NOPTRDATA, 4, le32(EXIT_STATUS), List.of()));
        syms.add(Symbol.bss(SAVED.name(), SymKind.NOPTRBSS, 4, 4));
        syms.add(Symbol.bss("main.unusedvar", SymKind.BSS, 8, 64));
        return syms;
    }

    /** main.main's positions: a source file of four lines, one per instruction group. */
    static FuncInfo mainInfo() {
        LineTable lines = new LineTable.Builder()
                .set(0, "/src/hello/main.go", 3)
                .set(10, "/src/hello/main.go", 4)
                .set(17, "/src/hello/main.go", 5)
                .set(24, "/src/hello/main.go", 6)
                .build();
        return new FuncInfo(0, 0, lines, PcValueTable.EMPTY, StackMaps.NONE, ArgInfo.NONE);
    }

    /**
     * Frames for gdb to unwind: the entry calls main.main, which sets up an RBP frame as gc's
     * code does and calls main.f; exits with status 3.
     */
    static List<Symbol> nested() {
        SymRef f = SymRef.func("main.f", Abi.INTERNAL);
        MachineCode rt0 = new MachineCode().call(MAIN).movImm(MachineCode.EDI, 3).movImm(MachineCode.EAX, 60).syscall();
        MachineCode main = new MachineCode()
                .bytes(0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xec, 0x10)         // PUSHQ BP; MOVQ SP, BP; SUBQ $16, SP
                .call(f)
                .bytes(0x48, 0x83, 0xc4, 0x10, 0x5d).ret();                     // ADDQ $16, SP; POPQ BP; RET
        MachineCode fBody = new MachineCode().bytes(0x55, 0x48, 0x89, 0xe5, 0x90, 0x5d).ret(); // PUSHQ BP; MOVQ SP, BP; NOP; POPQ BP
        LineTable mainLines = new LineTable.Builder().set(0, "/src/nested/main.go", 3).set(8, "/src/nested/main.go", 4)
                .set(13, "/src/nested/main.go", 5).build();
        LineTable fLines = new LineTable.Builder().set(0, "/src/nested/main.go", 8).set(4, "/src/nested/main.go", 9)
                .set(5, "/src/nested/main.go", 10).build();
        return List.of(text(ENTRY, rt0, FuncInfo.NONE),
                text(MAIN, main, new FuncInfo(0, 16, mainLines, PcValueTable.EMPTY, StackMaps.NONE, ArgInfo.NONE)),
                text(f, fBody, new FuncInfo(0, 0, fLines, PcValueTable.EMPTY, StackMaps.NONE, ArgInfo.NONE)));
    }

    static Symbol text(SymRef ref, MachineCode code, FuncInfo info, SymFlag... flags) {
        return Symbol.text(ref.name(), ref.abi(), code.code(), code.relocs(), info, flags);
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}

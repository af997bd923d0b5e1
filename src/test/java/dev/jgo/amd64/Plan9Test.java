package dev.jgo.amd64;

import static dev.jgo.amd64.Reg.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.syntax.Pos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer's spellings, checked against text gc 1.19 printed for the same instructions. */
class Plan9Test {
    private static String print(Prog p) {
        return Plan9.instruction(p, l -> "?");
    }

    @Test
    void operandsAreSpelledAsGcSpellsThem() {
        assertEquals("MOVQ\tAX, main.x+8(SP)", print(Prog.of(Op.MOVQ, AX, Mem.slot("main.x", false, 8))));
        assertEquals("MOVQ\tAX, main.p+32(FP)", print(Prog.of(Op.MOVQ, AX, Mem.slot("main.p", true, 32))));
        assertEquals("MOVQ\tCX, main.y(SP)(AX*8)", print(Prog.of(Op.MOVQ, CX, new Mem(SP, AX, 8, 0, new Mem.Slot("main.y", false)))));
        assertEquals("LEAQ\t(BX)(BX*2), CX", print(Prog.of(Op.LEAQ, Mem.at(BX, BX, 2, 0), CX)));
        assertEquals("CMPQ\tSP, 16(R14)", print(Prog.of(Op.CMPQ, SP, Mem.at(R14, 16))));
        assertEquals("MOVQ\t-8(BP), AX", print(Prog.of(Op.MOVQ, Mem.at(BP, -8), AX)));
        assertEquals("ADDQ\t$-1, AX", print(Prog.of(Op.ADDQ, new Imm(-1), AX)));
        assertEquals("MOVSD\t$f64.4000000000000000(SB), X0", print(Prog.of(Op.MOVSD, SymRef.of("$f64.4000000000000000"), X0)));
        assertEquals("CMPQ\tmain.g-1(SB), $1", print(Prog.of(Op.CMPQ, new SymRef("main.g", -1), new Imm(1))));
        assertEquals("MOVQ\t$main.x+16(SB), AX", print(Prog.of(Op.MOVQ, new SymAddr("main.x", 16), AX)));
        assertEquals("CALL\truntime.panicIndex(SB)", print(Prog.of(Op.CALL, SymRef.of("runtime.panicIndex"))));
        assertEquals("MOVQ\t(TLS), R14", print(Prog.of(Op.MOVQ, new Tls(), R14)));
        assertEquals("RET", print(Prog.of(Op.RET)));
    }

    @Test
    void byteOperationsNameByteRegisters() {
        assertEquals("MOVB\tCL, (AX)", print(Prog.of(Op.MOVB, CX, Mem.at(AX, 0))));
        assertEquals("TESTB\tSIB, SIB", print(Prog.of(Op.TESTB, SI, SI)));
        assertEquals("SETHI\tAL", print(Prog.of(Op.SETHI, AX)));
        assertEquals("SARB\tCL, R9B", print(Prog.of(Op.SARB, CX, R9)));
        assertEquals("SHLQ\tCX, AX", print(Prog.of(Op.SHLQ, CX, AX)));
        assertEquals("MOVBLZX\tDIB, AX", print(Prog.of(Op.MOVBLZX, DI, AX)));
    }

    /** main.add from {@code func add(a, b int) int { return a + b*3 }}, as gc 1.19 lists it. */
    @Test
    void functionListingHasGcsLayout() {
        Pos at = new Pos("x.go", 6, 0);
        List<Prog> progs = List.of(
                Prog.of(Op.FUNCDATA, at, new Imm(0), SymRef.of("gclocals·g2BeySu+wFnoycgXfElmcg==")),
                Prog.of(Op.PCDATA, at, new Imm(3), new Imm(1)),
                Prog.of(Op.LEAQ, at, Mem.at(BX, BX, 2, 0), CX),
                Prog.of(Op.ADDQ, at, CX, AX),
                Prog.of(Op.RET, at));
        Plan9.Text text = new Plan9.Text("main.add", at, List.of("NOSPLIT", "ABIInternal"), 0, 16, 0);
        assertEquals("""
                main.add STEXT nosplit size=8 args=0x10 locals=0x0 funcid=0x0 align=0x0
                \t0x0000 00000 (x.go:6)\tTEXT\tmain.add(SB), NOSPLIT|ABIInternal, $0-16
                \t0x0000 00000 (x.go:6)\tFUNCDATA\t$0, gclocals·g2BeySu+wFnoycgXfElmcg==(SB)
                \t0x0000 00000 (x.go:6)\tPCDATA\t$3, $1
                \t0x0000 00000 (x.go:6)\tLEAQ\t(BX)(BX*2), CX
                \t0x0004 00004 (x.go:6)\tADDQ\tCX, AX
                \t0x0007 00007 (x.go:6)\tRET
                \t0x0000 48 8d 0c 5b 48 01 c8 c3                          H..[H...
                """, Plan9.function(text, progs, Encoder.assemble(progs, Encoder.Padding.JUMPS)));
    }

    @Test
    void branchesPrintTheirTargetOffsetAndRelocationsGcsAddend() {
        Label l = new Label(0);
        Pos at = new Pos("x.go", 9, 0);
        List<Prog> progs = List.of(
                Prog.of(Op.CMPQ, at, BX, new Imm(10)),
                Prog.of(Op.JCC, at, l),
                Prog.of(Op.CMPQ, at, new SymRef("main.g", 0), new Imm(1)),
                Prog.place(l),
                Prog.of(Op.CALL, Pos.NONE, SymRef.of("runtime.panicIndex")));
        Code code = Encoder.assemble(progs);
        assertEquals("""
                \t0x0000 00000 (x.go:9)\tCMPQ\tBX, $10
                \t0x0004 00004 (x.go:9)\tJCC\t14
                \t0x0006 00006 (x.go:9)\tCMPQ\tmain.g(SB), $1
                \t0x000e 00014 (<unknown line number>)\tCALL\truntime.panicIndex(SB)
                """, Plan9.listing(progs, code));
        String full = Plan9.function(new Plan9.Text("main.f", at, List.of(), 0, 0, 0), progs, code);
        assertEquals(List.of("\trel 9+4 t=14 main.g+-1", "\trel 15+4 t=7 runtime.panicIndex+0"),
                full.lines().filter(s -> s.startsWith("\trel")).toList());
    }
}

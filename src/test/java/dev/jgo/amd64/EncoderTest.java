package dev.jgo.amd64;

import static dev.jgo.amd64.Reg.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Branch relaxation at its limits, jump padding, determinism, and the errors the encoder reports. */
class EncoderTest {
    private static final Pos AT = new Pos("x.go", 3, 1);

    /** JMP over {@code gap} one-byte instructions to a label after them. */
    private static List<Prog> forward(int gap) {
        Label l = new Label(0);
        List<Prog> progs = new ArrayList<>(List.of(Prog.of(Op.JMP, l)));
        progs.addAll(Collections.nCopies(gap, Prog.of(Op.INT3)));
        progs.add(Prog.place(l));
        return progs;
    }

    @Test
    void forwardBranchStaysShortUpTo127Bytes() {
        assertEquals(2 + 127, Encoder.assemble(forward(127)).size());
        assertEquals(5 + 128, Encoder.assemble(forward(128)).size());
        assertArrayEquals(new byte[] {(byte) 0xEB, 127}, java.util.Arrays.copyOf(Encoder.assemble(forward(127)).bytes(), 2));
    }

    @Test
    void backwardBranchStaysShortDownTo128Bytes() {
        for (int gap : new int[] {126, 127}) {
            Label l = new Label(0);
            List<Prog> progs = new ArrayList<>(List.of(Prog.place(l)));
            progs.addAll(Collections.nCopies(gap, Prog.of(Op.INT3)));
            progs.add(Prog.of(Op.JNE, l));
            Code code = Encoder.assemble(progs);
            byte[] b = code.bytes();
            if (gap == 126) {
                assertEquals(0x75, b[gap] & 0xFF);
                assertEquals(-128, b[gap + 1]);
            } else {
                assertEquals(gap + 6, code.size(), "JNE rel32 is 6 bytes");
                assertEquals(-(gap + 6), java.nio.ByteBuffer.wrap(b, gap + 2, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
            }
        }
    }

    @Test
    void compiledCodeKeepsJumpsOffThirtyTwoByteBoundaries() {
        List<Prog> progs = new ArrayList<>(Collections.nCopies(30, Prog.of(Op.INT3)));
        progs.add(Prog.of(Op.CALL, SymRef.of("runtime.f")));
        Code plain = Encoder.assemble(progs), padded = Encoder.assemble(progs, Encoder.Padding.JUMPS);
        assertEquals(35, plain.size());
        assertEquals(32, padded.pc(30), "the call moves to the boundary");
        assertEquals(2, padded.pads()[30]);
        assertEquals(0x66, padded.bytes()[30] & 0xFF);
        assertEquals(0x90, padded.bytes()[31] & 0xFF);
        assertEquals(33, padded.fixups().get(0).offset());
    }

    @Test
    void fusedCompareAndBranchIsPaddedAsOne() {
        Label l = new Label(1);
        List<Prog> progs = new ArrayList<>(Collections.nCopies(27, Prog.of(Op.INT3)));
        progs.add(Prog.of(Op.CMPQ, AX, BX)); // 3 bytes, then JEQ 2 bytes: 27 + 5 reaches the boundary
        progs.add(Prog.of(Op.JEQ, l));
        progs.add(Prog.place(l));
        Code code = Encoder.assemble(progs, Encoder.Padding.JUMPS);
        assertEquals(5, code.pads()[27]);
        assertEquals(32, code.pc(27));
    }

    @Test
    void sameInputGivesSameBytes() {
        List<Prog> forms = Forms.all();
        Code a = Encoder.assemble(forms, Encoder.Padding.JUMPS), b = Encoder.assemble(forms, Encoder.Padding.JUMPS);
        assertArrayEquals(a.bytes(), b.bytes());
        assertEquals(a.fixups(), b.fixups());
    }

    @Test
    void impossibleOperandsAreReportedAtTheirPosition() {
        BadInstruction e = assertThrows(BadInstruction.class,
                () -> Encoder.assemble(List.of(Prog.of(Op.MOVQ, AT, X0, new Imm(1)))));
        assertEquals("x.go:3: expected a register or memory operand: MOVQ\tX0, $1", e.getMessage());
        assertEquals(AT, e.prog().pos());
    }

    @Test
    void immediatesMustFitTheOperation() {
        assertThrows(BadInstruction.class, () -> Encoder.assemble(List.of(Prog.of(Op.ADDQ, new Imm(1L << 40), AX))));
        assertThrows(BadInstruction.class, () -> Encoder.assemble(List.of(Prog.of(Op.ADDB, new Imm(256), AX))));
        assertThrows(BadInstruction.class, () -> Encoder.assemble(List.of(Prog.of(Op.SHLQ, BX, AX))));
        assertEquals(6, Encoder.assemble(List.of(Prog.of(Op.ADDL, new Imm(0xffffffffL), BX))).size());
    }

    @Test
    void labelsMustBePlacedExactlyOnce() {
        Label l = new Label(7);
        BadInstruction missing = assertThrows(BadInstruction.class, () -> Encoder.assemble(List.of(Prog.of(Op.JMP, l))));
        assertTrue(missing.getMessage().contains("never placed"), missing.getMessage());
        BadInstruction twice = assertThrows(BadInstruction.class, () -> Encoder.assemble(List.of(Prog.place(l), Prog.place(l))));
        assertTrue(twice.getMessage().contains("placed twice"), twice.getMessage());
    }

    @Test
    void operandsAreValidatedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Mem.at(AX, SP, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(AX, BX, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(AX, 1L << 32));
    }
}

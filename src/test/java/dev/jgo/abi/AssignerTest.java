package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.AbiType.Basic;
import dev.jgo.abi.Signature.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignerTest {
    private static final AbiType UINTPTR2 = new AbiType.Array(2, Basic.UINTPTR);

    /** The worked example of the ABI specification, on amd64. */
    @Test
    void specExample() {
        AbiType r1 = new AbiType.Struct(List.of(new AbiType.Field("x", Basic.UINTPTR), new AbiType.Field("y", UINTPTR2)));
        Signature sig = Signature.function(
                List.of(new Param("a1", Basic.UINT8), new Param("a2", UINTPTR2), new Param("a3", Basic.UINT8)),
                List.of(new Param("r1", r1), new Param("r2", Basic.STRING)));
        assertEquals("""
                ABIInternal/amd64
                  param   a1  uint8                              AX  spill 40
                  param   a2  [2]uintptr                         stack 0
                  param   a3  uint8                              BX  spill 41
                  result  r1  struct{ x uintptr; y [2]uintptr }  stack 16
                  result  r2  string                             AX BX
                  argSize 48, spillSize 8
                """, AssignmentFormat.text(Assigner.abiInternal(Arch.AMD64).assign(sig)));
    }

    @Test
    void abi0PutsEverythingOnTheStackInOrder() {
        Signature sig = Signature.function(
                List.of(Param.unnamed(Basic.UINT8), Param.unnamed(Basic.STRING), Param.unnamed(Basic.FLOAT32)),
                List.of(Param.unnamed(Basic.BOOL), new Param("_", Basic.INT)));
        assertEquals("{\"params\":["
                + "{\"name\":\"~p0\",\"type\":\"uint8\",\"registers\":null,\"offset\":0,\"spill\":null},"
                + "{\"name\":\"~p1\",\"type\":\"string\",\"registers\":null,\"offset\":8,\"spill\":null},"
                + "{\"name\":\"~p2\",\"type\":\"float32\",\"registers\":null,\"offset\":24,\"spill\":null}],"
                + "\"results\":["
                + "{\"name\":\"~r0\",\"type\":\"bool\",\"registers\":null,\"offset\":32,\"spill\":null},"
                + "{\"name\":\"~b1\",\"type\":\"int\",\"registers\":null,\"offset\":40,\"spill\":null}],"
                + "\"argSize\":48,\"spillSize\":0}", AssignmentFormat.json(Assigner.abi0().assign(sig)));
    }

    @Test
    void jsonSpillOffsetsCountFromTheArgumentArea() {
        Signature sig = Signature.function(
                List.of(new Param("a", Basic.INT), new Param("b", new AbiType.Array(2, Basic.INT))),
                List.of(Param.unnamed(Basic.STRING)));
        assertEquals("{\"params\":["
                + "{\"name\":\"a\",\"type\":\"int\",\"registers\":[\"AX\"],\"offset\":null,\"spill\":16},"
                + "{\"name\":\"b\",\"type\":\"[2]int\",\"registers\":null,\"offset\":0,\"spill\":null}],"
                + "\"results\":["
                + "{\"name\":\"~r0\",\"type\":\"string\",\"registers\":[\"AX\",\"BX\"],\"offset\":null,\"spill\":null}],"
                + "\"argSize\":24,\"spillSize\":8}", AssignmentFormat.json(Assigner.abiInternal(Arch.AMD64).assign(sig)));
    }

    @Test
    void registersRunOutPerItemNotPerPart() {
        // eight ints leave one register on amd64: a string needs two, so it goes to the stack,
        // and the int after it still gets the last register
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < 8; i++) params.add(new Param("i" + i, Basic.INT));
        params.add(new Param("s", Basic.STRING));
        params.add(new Param("j", Basic.INT));
        Assignment a = Assigner.abiInternal(Arch.AMD64).assign(Signature.function(params, List.of()));
        assertEquals(new Assignment.OnStack(0), a.params().get(8).location());
        assertEquals("R11", ((Assignment.InRegisters) a.params().get(9).location()).parts().getFirst().register().name());
        assertEquals(16 + 9 * 8, a.argSize());
    }

    @Test
    void complexTakesTwoFloatRegistersAndZeroSizedGoesToStack() {
        Signature sig = Signature.method(new Param("r", new AbiType.Struct(List.of())),
                List.of(new Param("c", Basic.COMPLEX64), new Param("z", new AbiType.Array(0, Basic.INT64))),
                List.of(Param.unnamed(new AbiType.Array(1, Basic.COMPLEX128))));
        assertEquals("""
                ABIInternal/arm64
                  recv    r    struct{}       stack 0
                  param   c    complex64      F0 F1  spill 0
                  param   z    [0]int64       stack 0
                  result  ~r0  [1]complex128  F0 F1
                  argSize 8, spillSize 8
                """, AssignmentFormat.text(Assigner.abiInternal(Arch.ARM64).assign(sig)));
    }
}

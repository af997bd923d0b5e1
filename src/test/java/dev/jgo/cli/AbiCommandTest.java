package dev.jgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code jgo tool abi} as a user runs it: what it prints, and its exit status. */
class AbiCommandTest {
    private static void assertPrints(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(expected, r.out());
    }

    /** A user's mistake: one positioned message per error, exit 1, never a Java exception. */
    private static void assertError(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(expected, r.err());
        assertEquals("", r.out());
        assertEquals(1, r.status());
    }

    private static final String METHOD =
            "type P struct{ x, y float64 }; func (p *P) scale(f float32, s []int, n [2]int8) (q P, err error)";

    @Test
    void methodOnEveryArchitecture() {
        assertPrints("""
                ABIInternal/amd64
                  recv    p    *P       AX  spill 8
                  param   f    float32  X0  spill 16
                  param   s    []int    BX CX DI  spill 24
                  param   n    [2]int8  stack 0
                  result  q    P        X0 X1
                  result  err  error    AX BX
                  argSize 48, spillSize 40
                """, "tool", "abi", METHOD);
        assertPrints("""
                ABIInternal/arm64
                  recv    p    *P       R0  spill 8
                  param   f    float32  F0  spill 16
                  param   s    []int    R1 R2 R3  spill 24
                  param   n    [2]int8  stack 0
                  result  q    P        F0 F1
                  result  err  error    R0 R1
                  argSize 48, spillSize 40
                """, "tool", "abi", "-arch=arm64", METHOD);
        assertPrints("""
                ABIInternal/ppc64le
                  recv    p    *P       R3  spill 8
                  param   f    float32  F1  spill 16
                  param   s    []int    R4 R5 R6  spill 24
                  param   n    [2]int8  stack 0
                  result  q    P        F1 F2
                  result  err  error    R3 R4
                  argSize 48, spillSize 40
                """, "tool", "abi", "-arch", "ppc64le", METHOD);
        assertPrints("""
                ABIInternal/riscv64
                  recv    p    *P       X10  spill 8
                  param   f    float32  F10  spill 16
                  param   s    []int    X11 X12 X13  spill 24
                  param   n    [2]int8  stack 0
                  result  q    P        F10 F11
                  result  err  error    X10 X11
                  argSize 48, spillSize 40
                """, "tool", "abi", "-arch=riscv64", "-abi=register", METHOD);
    }

    @Test
    void stackAbiIsTheSameOnEveryArchitecture() {
        String abi0 = """
                ABI0
                  recv    p    *P       stack 0
                  param   f    float32  stack 8
                  param   s    []int    stack 16
                  param   n    [2]int8  stack 40
                  result  q    P        stack 48
                  result  err  error    stack 64
                  argSize 80, spillSize 0
                """;
        for (String arch : new String[] {"amd64", "arm64", "ppc64le", "riscv64"}) {
            assertPrints(abi0, "tool", "abi", "-abi=stack", "-arch=" + arch, METHOD);
        }
    }

    private static final String FUNC = "func(a int, b float64, _ struct{}) (s string, _ [2]byte)";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amd64|AX|X0|AX\",\"BX",
        "arm64|R0|F0|R0\",\"R1",
        "ppc64le|R3|F1|R3\",\"R4",
        "riscv64|X10|F10|X10\",\"X11",
    })
    void jsonOnEveryArchitecture(String arch, String a, String b, String s) {
        assertPrints("{\"params\":["
                + "{\"name\":\"a\",\"type\":\"int\",\"registers\":[\"" + a + "\"],\"offset\":null,\"spill\":8},"
                + "{\"name\":\"b\",\"type\":\"float64\",\"registers\":[\"" + b + "\"],\"offset\":null,\"spill\":16},"
                + "{\"name\":\"_\",\"type\":\"struct{}\",\"registers\":null,\"offset\":0,\"spill\":null}],"
                + "\"results\":["
                + "{\"name\":\"s\",\"type\":\"string\",\"registers\":[\"" + s + "\"],\"offset\":null,\"spill\":null},"
                + "{\"name\":\"~b1\",\"type\":\"[2]uint8\",\"registers\":null,\"offset\":0,\"spill\":null}],"
                + "\"argSize\":24,\"spillSize\":16}\n", "tool", "abi", "-json", "-arch=" + arch, FUNC);
    }

    @Test
    void jsonOfTheStackAbi() {
        assertPrints("{\"params\":["
                + "{\"name\":\"a\",\"type\":\"int\",\"registers\":null,\"offset\":0,\"spill\":null},"
                + "{\"name\":\"b\",\"type\":\"float64\",\"registers\":null,\"offset\":8,\"spill\":null},"
                + "{\"name\":\"_\",\"type\":\"struct{}\",\"registers\":null,\"offset\":16,\"spill\":null}],"
                + "\"results\":["
                + "{\"name\":\"s\",\"type\":\"string\",\"registers\":null,\"offset\":16,\"spill\":null},"
                + "{\"name\":\"~b1\",\"type\":\"[2]uint8\",\"registers\":null,\"offset\":32,\"spill\":null}],"
                + "\"argSize\":40,\"spillSize\":0}\n", "tool", "abi", "-json", "-abi=stack", FUNC);
    }

    @Test
    void unnamedItemsGetTheLibrarysNames() {
        assertPrints("""
                ABIInternal/amd64
                  recv    ~rcvr  T        AX  spill 0
                  param   ~p0    int      BX  spill 8
                  param   ~p1    float32  X0  spill 16
                  result  ~r0    bool     AX
                  result  ~r1    error    BX CX
                  argSize 24, spillSize 24
                """, "tool", "abi", "type T int\nfunc (T) m(int, float32) (bool, error)");
    }

    @Test
    void namedFuncTypeRecursiveTypeAndConstant() {
        assertPrints("""
                ABIInternal/amd64
                  param   a  int       AX  spill 0
                  param   b  []string  BX CX DI  spill 8
                  result  n  int       AX
                  argSize 32, spillSize 32
                """, "tool", "abi", "type F func(a int, b ...string) (n int); F");
        assertPrints("""
                ABIInternal/amd64
                  param   l    L  AX BX  spill 0
                  result  ~r0  L  AX BX
                  argSize 16, spillSize 16
                """, "tool", "abi", "type L struct{ next *L; v int }; func(l L) L");
        assertPrints("""
                ABIInternal/amd64
                  param   a  [3]uint8        stack 0
                  param   p  unsafe.Pointer  AX  spill 8
                  argSize 16, spillSize 8
                """, "tool", "abi", "func(a [N]byte, p unsafe.Pointer)\nconst N = 3");
    }

    @Test
    void sigMayImportUnsafeItself() {
        assertPrints("""
                ABIInternal/amd64
                  param   t  T  AX  spill 0
                  argSize 8, spillSize 8
                """, "tool", "abi", "import (\n\tu \"unsafe\"\n)\ntype T struct{ p u.Pointer }; func(t T)");
        assertError("<sig>:1:8: could not import fmt (SIG may import only unsafe)\n", "tool", "abi", "import \"fmt\"; func()");
    }

    @Test
    void malformedSignature() {
        assertError("<sig>:1:11: syntax error: unexpected EOF in parameter list; possibly missing comma or )\n",
                "tool", "abi", "func(a int");
        assertError("<sig>:1:31: syntax error: mixed named and unnamed parameters\n",
                "tool", "abi", "func(p unsafe.Pointer, _ int, float32)");
        assertError("<sig>:1:1: missing func type at the end of SIG\n", "tool", "abi", "");
        assertError("<sig>:1:11: missing func type at the end of SIG\n", "tool", "abi", "type T int");
    }

    @Test
    void positionsCountInSigAcrossLines() {
        // the func type's line gets text inserted in front of the type; columns stay SIG's
        assertError("<sig>:1:37: undefined: U\n", "tool", "abi", "type T struct{ a int }; func(t T, u U)");
        assertError("<sig>:3:11: undefined: U\n", "tool", "abi", "type T struct{\n\ta int\n}; func(u U)");
        assertError("<sig>:4:6: T redeclared in this block\n\t<sig>:1:6: other declaration of T\n",
                "tool", "abi", "type T struct{\n\ta int\n}\ntype T int\nfunc(t T)");
    }

    @Test
    void unknownTypeAndNonFuncType() {
        assertError("<sig>:1:8: undefined: foo\n", "tool", "abi", "func(a foo) int");
        assertError("<sig>:1:1: int is not a func type\n", "tool", "abi", "int");
        assertError("<sig>:1:23: T is not a func type\n", "tool", "abi", "type T struct{a int}; T");
    }

    @Test
    void unknownArchitectureOrAbi() {
        assertError("jgo tool abi: unknown architecture sparc (known: amd64, arm64, ppc64le, riscv64)\n",
                "tool", "abi", "-arch=sparc", "func()");
        assertError("jgo tool abi: unknown ABI fast (known: register, stack)\n", "tool", "abi", "-abi=fast", "func()");
    }

    @Test
    void unknownFlagOrMissingSigIsAUsageError() {
        Cli.Result r = Cli.run("tool", "abi", "-x", "func()");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("flag provided but not defined: -x\nUsage: jgo tool abi"), r.err());
        r = Cli.run("tool", "abi");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Usage: jgo tool abi"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}

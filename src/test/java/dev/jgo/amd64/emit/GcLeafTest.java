package dev.jgo.amd64.emit;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Assignment;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.FuncBuilder;
import dev.jgo.ssa.FuncBuilder.Valu;
import dev.jgo.ssa.GenericOp;
import dev.jgo.testing.GoOracle;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small leaf functions whose whole listing — header, instructions, encoding — must be gc's,
 * apart from the FUNCDATA/PCDATA lines jgo does not emit yet and the source positions.
 */
class GcLeafTest {
    @TempDir Path dir;

    static final String SOURCE = """
            package p

            func add(a, b int) int { return a + b }

            func sub3(a int) int { return a - 3 }

            func shr(a int) int { return a >> 3 }

            func and32(a, b uint32) uint32 { return a & b }

            func neg(a int64) int64 { return -a }

            func fdiv(a, b float64) float64 { return a / b }

            func cvt(a int) float64 { return float64(a) }

            func trunc(a float64) int { return int(a) }

            func square(a float64) float64 { return a * a }
            """;

    record Case(String name, List<AbiType> params, AbiType result, GenericOp op, Long constant) {}

    @Test
    void leafListingsEqualGcs() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "Go 1.19 not installed");
        Files.writeString(dir.resolve("x.go"), SOURCE);
        Process p = new ProcessBuilder(GoOracle.go().orElseThrow().toString(), "tool", "compile", "-p", "p", "-S",
                "-o", Files.createTempFile(dir, "x", ".o").toString(), "x.go").directory(dir.toFile()).redirectErrorStream(true).start();
        String gc = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        AbiType i = AbiType.Basic.INT, u32 = AbiType.Basic.UINT32, f = AbiType.Basic.FLOAT64;
        List<Case> cases = List.of(
                new Case("add", List.of(i, i), i, Add64, null),
                new Case("sub3", List.of(i), i, Sub64, 3L),
                new Case("shr", List.of(i), i, Rsh64x64, 3L),
                new Case("and32", List.of(u32, u32), u32, And32, null),
                new Case("neg", List.of(AbiType.Basic.INT64), AbiType.Basic.INT64, Neg64, null),
                new Case("fdiv", List.of(f, f), f, Div64F, null),
                new Case("cvt", List.of(i), f, Cvt64to64F, null),
                new Case("trunc", List.of(f), i, Cvt64Fto64, null),
                new Case("square", List.of(f), f, Mul64F, null));
        for (Case c : cases) {
            Assignment a = BackendRunTest.assign(c.params(), List.of(c.result()));
            FuncShape shape = AbiShapes.function("p." + c.name(), a, false, false);
            Backend.Compiled compiled = Backend.compile(build(c, shape).f(), shape);
            assertEquals(strip(function(gc, "p." + c.name())), strip(compiled.listing("p." + c.name(), shape.argSize())), c.name());
        }
    }

    private static FuncBuilder.Built build(Case c, FuncShape shape) {
        List<Valu> vals = new ArrayList<>(List.of(valu("mem", InitMem, BackendRunTest.MEM)));
        List<String> args = new ArrayList<>();
        for (int k = 0; k < c.params().size(); k++) {
            boolean fl = c.params().get(k) == AbiType.Basic.FLOAT64;
            long index = (fl ? Regs.FLOAT_ARGS : Regs.INT_ARGS).indexOf(shape.params().get(k).reg());
            vals.add(valuA("a" + k, fl ? Amd64Op.ArgFloatReg : Amd64Op.ArgIntReg, type(c.params().get(k)), index,
                    BackendRunTest.slot(shape, k)));
            args.add(c.op() == Mul64F ? "a0" : "a" + k);
        }
        if (c.op() == Mul64F) args.add("a0");
        if (c.constant() != null) {
            vals.add(valuI("c", Const64, Universe.INT64, c.constant()));
            args.add("c");
        }
        vals.add(new Valu("r", c.op(), type(c.result()), 0, null, args));
        vals.add(valu("mr", MakeResult, BackendRunTest.RES, "r", "mem"));
        List<Object> parts = new ArrayList<>(vals);
        parts.add(ret("mr"));
        return func(c.name(), bloc("entry", parts.toArray()));
    }

    private static Type type(AbiType t) {
        if (t == AbiType.Basic.FLOAT64) return Universe.FLOAT64;
        return t == AbiType.Basic.UINT32 ? Universe.UINT32 : Universe.INT64;
    }

    private static String function(String listing, String name) {
        int start = listing.indexOf(name + " STEXT");
        int end = listing.indexOf("\n", listing.indexOf("\tRET\n", start) + 1);
        // the hex dump follows the instructions: take lines up to the next symbol's header
        int next = start;
        for (String line : listing.substring(start).split("\n", -1)) {
            if (next > start && !line.startsWith("\t")) break;
            next += line.length() + 1;
        }
        return listing.substring(start, Math.max(end, next - 1));
    }

    /** Without FUNCDATA/PCDATA lines and source positions. */
    private static String strip(String listing) {
        StringBuilder sb = new StringBuilder();
        for (String line : listing.split("\n")) {
            if (line.contains("\tFUNCDATA\t") || line.contains("\tPCDATA\t")) continue;
            sb.append(line.replaceAll("\\([^()]*\\.go:\\d+\\)|\\(<unknown line number>\\)", "(pos)")).append('\n');
        }
        return sb.toString();
    }
}

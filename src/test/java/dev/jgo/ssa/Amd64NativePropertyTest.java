package dev.jgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Signature;
import dev.jgo.amd64.emit.Backend;
import dev.jgo.amd64.emit.Native;
import dev.jgo.amd64.lower.AbiShapes;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Universe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The amd64 back end against the SSA interpreter: the random integer and boolean programs of
 * {@link OptimizationPropertyTest} (every width, shifts by large counts, signed and unsigned
 * division and compares) are compiled to machine code, run natively, and must store what the
 * interpreter stores. The parameters arrive in their ABI registers with junk above their widths.
 * Each program's register allocation is also replayed by the {@code AllocationChecker}.
 */
class Amd64NativePropertyTest {
    private static final String[] NAMES = {"a8", "b8", "a16", "b16", "a32", "b32", "a64", "b64"};
    private static final int[] WIDTHS = {8, 8, 16, 16, 32, 32, 64, 64};

    @Property(tries = 100)
    void nativeCodeStoresWhatTheInterpreterStores(@ForAll("programs") List<OptimizationPropertyTest.Step> steps,
                                                   @ForAll long a, @ForAll long b) throws Exception {
        Map<String, Long> args = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) args.put(NAMES[i], normalize(i % 2 == 0 ? a : b, WIDTHS[i]));
        Func f = OptimizationPropertyTest.build(steps);
        guardDivisors(f);
        Func replayed = OptimizationPropertyTest.build(steps);
        FuncShape replayShape = prepare(replayed);
        dev.jgo.regalloc.AllocationChecker.check(replayed, replayShape, Backend.allocate(replayed, replayShape));
        Map<Long, Integer> widths = storeWidths(f);
        TreeMap<Long, Long> expected = Interp.run(f, args);
        FuncShape shape = prepare(f);
        Backend.Compiled c = Backend.compile(f, shape);
        List<Native.Arg> regs = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            long junk = WIDTHS[i] == 64 ? 0 : 0x7f3c_9a55_e1d2_b6c8L << WIDTHS[i];
            regs.add(Native.Arg.reg(Regs.INT_ARGS.get(i), junk | (args.get(NAMES[i]) & mask(WIDTHS[i]))));
        }
        Path dir = Files.createTempDirectory("jgo-native");
        Native.Outcome o;
        try {
            o = Native.run(dir, List.of(c.symbol()), regs, 0, false, false);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + Printer.print(f) + c.listing("main.f", shape.argSize()), e);
        }
        TreeMap<Long, Long> actual = new TreeMap<>();
        for (Map.Entry<Long, Integer> e : widths.entrySet()) {
            long v = 0;
            for (int k = e.getValue() / 8 - 1; k >= 0; k--) v = (v << 8) | (o.results()[(int) (e.getKey() + k)] & 0xff);
            actual.put(e.getKey(), v);
        }
        TreeMap<Long, Long> want = new TreeMap<>();
        for (Map.Entry<Long, Long> e : expected.entrySet()) want.put(e.getKey(), normalize(e.getValue(), widths.get(e.getKey())) & mask(widths.get(e.getKey())));
        TreeMap<Long, Long> got = new TreeMap<>();
        for (Map.Entry<Long, Long> e : actual.entrySet()) got.put(e.getKey(), e.getValue() & mask(widths.get(e.getKey())));
        assertEquals(want, got, () -> Printer.print(f) + c.listing("main.f", shape.argSize()));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<OptimizationPropertyTest.Step>> programs() {
        return new OptimizationPropertyTest().programs();
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static long normalize(long x, int bits) {
        return bits == 64 ? x : (x << (64 - bits)) >> (64 - bits);
    }

    /** Divisors get their low bit set, in the program both sides run: the hardware traps on zero. */
    private static void guardDivisors(Func f) {
        for (Block b : f.blocks()) {
            for (Value v : List.copyOf(b.values())) {
                if (!(v.op() instanceof GenericOp g)) continue;
                switch (g.family()) {
                    case DIV, DIVU, MOD, MODU -> {
                        Value one = b.newValue(Pos.NONE, GenericOp.of(GenericOp.Family.CONST, g.bits()), v.arg(1).type(), 1, null);
                        v.setArg(1, b.newValue(Pos.NONE, GenericOp.of(GenericOp.Family.OR, g.bits()), v.arg(1).type(), v.arg(1), one));
                    }
                    default -> { }
                }
            }
        }
    }

    /** The byte width of each store's value, by address. */
    private static Map<Long, Integer> storeWidths(Func f) {
        Map<Long, Integer> widths = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == GenericOp.Store) {
                    widths.put(v.arg(0).auxInt(), (int) dev.jgo.types.Sizes.sizeof((dev.jgo.types.Type) v.aux()) * 8);
                }
            }
        }
        return widths;
    }

    /**
     * The interpreter's shapes made native: parameters become register arguments with spill
     * slots from the ABI, and stores off SP go to the run's result buffer instead.
     */
    private static FuncShape prepare(Func f) {
        List<Signature.Param> ps = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            AbiType t = switch (WIDTHS[i]) {
                case 8 -> AbiType.Basic.INT8;
                case 16 -> AbiType.Basic.INT16;
                case 32 -> AbiType.Basic.INT32;
                default -> AbiType.Basic.INT64;
            };
            ps.add(new Signature.Param(NAMES[i], t));
        }
        var assignment = Assigner.abiInternal(Arch.AMD64).assign(Signature.function(ps, List.of()));
        FuncShape shape = AbiShapes.function(Native.F, assignment, false, false);
        Block b = f.entry();
        Value sb = b.newValue(Pos.NONE, GenericOp.SB, Universe.UINTPTR);
        for (Block blk : f.blocks()) {
            for (Value v : blk.values()) {
                if (v.op() == GenericOp.OffPtr && v.arg(0).op() == GenericOp.SP) v.setAuxInt(v.auxInt() + 32);
            }
        }
        for (Value v : List.copyOf(b.values())) {
            if (v.op() == GenericOp.Arg) {
                int i = List.of(NAMES).indexOf((String) v.aux());
                v.reset(Amd64Op.ArgIntReg);
                v.setAuxInt(i);
                v.setAux(AbiShapes.paramSlot(shape, i));
            } else if (v.op() == GenericOp.SP) {
                v.reset(GenericOp.Addr);
                v.setAux(Native.OUT);
                v.addArg(sb);
            }
        }
        return shape;
    }

    /** One piece of control flow: a diamond choosing between two computations, or a short counted loop. */
    record Region(boolean loop, int x, int y, int op1, int op2, int trips) {}

    private static final GenericOp[] CFG_OPS = {GenericOp.Add64, GenericOp.Sub64, GenericOp.Mul64, GenericOp.And64,
            GenericOp.Xor64, GenericOp.Lsh64x64, GenericOp.Rsh64x64, GenericOp.Rsh64Ux64, GenericOp.Div64u, GenericOp.Mod64};

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Region>> regions() {
        var ints = net.jqwik.api.Arbitraries.integers();
        return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.of(true, false), ints.between(0, 99),
                ints.between(0, 99), ints.between(0, CFG_OPS.length - 1), ints.between(0, CFG_OPS.length - 1),
                ints.between(0, 4)).as(Region::new).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Random diamonds and loops with phis: values cross blocks, phis merge them, loops carry them. */
    @Property(tries = 60)
    void controlFlowWithPhisRunsAsInterpreted(@ForAll("regions") List<Region> regions, @ForAll long a, @ForAll long b) throws Exception {
        Map<String, Long> args = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) args.put(NAMES[i], normalize(i % 2 == 0 ? a : b, WIDTHS[i]));
        Func f = buildCfg(regions);
        Check.run(f);
        Func replayed = buildCfg(regions);
        FuncShape replayShape = prepare(replayed);
        dev.jgo.regalloc.AllocationChecker.check(replayed, replayShape, Backend.allocate(replayed, replayShape));
        Map<Long, Integer> widths = storeWidths(f);
        TreeMap<Long, Long> expected = Interp.run(f, args);
        FuncShape shape = prepare(f);
        Backend.Compiled c = Backend.compile(f, shape);
        List<Native.Arg> regs = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) regs.add(Native.Arg.reg(Regs.INT_ARGS.get(i), args.get(NAMES[i])));
        Path dir = Files.createTempDirectory("jgo-native");
        Native.Outcome o = Native.run(dir, List.of(c.symbol()), regs, 0, false, false);
        TreeMap<Long, Long> got = new TreeMap<>();
        for (Long addr : widths.keySet()) {
            long v = 0;
            for (int k = 7; k >= 0; k--) v = (v << 8) | (o.results()[(int) (addr + k)] & 0xff);
            got.put(addr, v);
        }
        assertEquals(expected, got, () -> Printer.print(f) + c.listing("main.f", shape.argSize()));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    private static Func buildCfg(List<Region> regions) {
        Func f = new Func("cfg", null);
        Pos pos = Pos.NONE;
        dev.jgo.types.Type i64 = Universe.INT64;
        Block b = f.newBlock(GenericBlockKind.Plain);
        Value mem = b.newValue(pos, GenericOp.InitMem, SsaTypes.MEM);
        Value sp = b.newValue(pos, GenericOp.SP, new dev.jgo.types.Type.Pointer(i64));
        Value one = b.newValue(pos, GenericOp.Const64, i64, 1, null);
        Value zero = b.newValue(pos, GenericOp.Const64, i64, 0, null);
        List<Value> pool = new ArrayList<>(List.of(
                b.newValue(pos, GenericOp.Arg, i64, 0, "a64"), b.newValue(pos, GenericOp.Arg, i64, 0, "b64"), one));
        for (Region r : regions) {
            Value x = pool.get(r.x() % pool.size()), y = pool.get(r.y() % pool.size());
            if (!r.loop()) {
                Block yes = f.newBlock(GenericBlockKind.Plain), no = f.newBlock(GenericBlockKind.Plain);
                Block join = f.newBlock(GenericBlockKind.Plain);
                b.reset(GenericBlockKind.If);
                b.setControl(b.newValue(pos, GenericOp.Less64, Universe.BOOL, x, y));
                b.addEdgeTo(yes);
                b.addEdgeTo(no);
                Value v1 = op(yes, CFG_OPS[r.op1()], x, y, one), v2 = op(no, CFG_OPS[r.op2()], y, x, one);
                yes.addEdgeTo(join);
                no.addEdgeTo(join);
                pool.add(join.newValue(pos, GenericOp.Phi, i64, v1, v2));
                b = join;
            } else {
                Block head = f.newBlock(GenericBlockKind.If), body = f.newBlock(GenericBlockKind.Plain);
                Block exit = f.newBlock(GenericBlockKind.Plain);
                b.addEdgeTo(head);
                Value i = head.newValue(pos, GenericOp.Phi, i64, zero);
                Value acc = head.newValue(pos, GenericOp.Phi, i64, x);
                Value trips = head.newValue(pos, GenericOp.Const64, i64, r.trips(), null);
                head.setControl(head.newValue(pos, GenericOp.Less64, Universe.BOOL, i, trips));
                head.addEdgeTo(body);
                head.addEdgeTo(exit);
                Value acc2 = op(body, CFG_OPS[r.op1()], acc, y, one);
                Value i2 = body.newValue(pos, GenericOp.Add64, i64, i, one);
                body.addEdgeTo(head);
                i.addArg(i2);
                acc.addArg(acc2);
                pool.add(acc);
                b = exit;
            }
        }
        b.reset(GenericBlockKind.Ret);
        for (int k = 0; k < pool.size(); k++) {
            Value p = b.newValue(pos, GenericOp.OffPtr, sp.type(), 8L * k, null, sp);
            mem = b.newValue(pos, GenericOp.Store, SsaTypes.MEM, 0, i64, p, pool.get(k), mem);
        }
        b.setControl(mem);
        return f;
    }

    /** x op y in block b; divisors are made odd (the hardware traps on zero). */
    private static Value op(Block b, GenericOp op, Value x, Value y, Value one) {
        if (op.family() == GenericOp.Family.DIVU || op.family() == GenericOp.Family.MOD) {
            y = b.newValue(Pos.NONE, GenericOp.Or64, y.type(), y, one);
        }
        return b.newValue(Pos.NONE, op, x.type(), x, y);
    }
}

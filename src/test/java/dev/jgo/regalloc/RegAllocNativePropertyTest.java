package dev.jgo.regalloc;

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
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Printer;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random programs built to strain the global allocator, run natively and compared with a direct
 * evaluation of their SSA: loops carrying up to 20 integer or float phis that permute every
 * iteration (swaps and rotations of registers, of registers and phi homes, of homes only),
 * diamonds inside loop bodies (merges whose predecessors disagree on registers), and a pool of
 * up to 48 values that all stay live to the end (more than the registers: values cross loops in
 * registers or spilled once). Every allocation is also replayed by the {@link AllocationChecker}.
 */
class RegAllocNativePropertyTest {
    private static final Type I = Universe.INT64, F = Universe.FLOAT64;
    private static final GenericOp[] INT_OPS = {GenericOp.Add64, GenericOp.Sub64, GenericOp.Xor64, GenericOp.Mul64};
    private static final GenericOp[] FLOAT_OPS = {GenericOp.Add64F, GenericOp.Sub64F, GenericOp.Mul64F};

    @Property(tries = 60)
    void permutingLoopsComputeWhatTheirSsaSays(@ForAll long seed, @ForAll long a, @ForAll long b) throws Exception {
        Func f = build(new Random(seed));
        Map<Long, Long> want = evaluate(build(new Random(seed)), a, b);
        FuncShape shape = shape();
        Func replayed = build(new Random(seed));
        Allocation alloc = Backend.allocate(replayed, shape);
        AllocationChecker.check(replayed, shape, alloc);
        Statistics.label("cycle through the scratch slot").collect(alloc.steps().values().stream().flatMap(List::stream)
                .anyMatch(s -> s instanceof Step.Store st && st.to() instanceof Slot.Scratch));
        Statistics.label("phis in homes").collect(alloc.homes().keySet().stream().anyMatch(v -> v.op() == GenericOp.Phi));
        Backend.Compiled c = Backend.compile(f, shape);
        Path dir = Files.createTempDirectory("jgo-regalloc");
        try {
            Native.Outcome o = Native.run(dir, List.of(c.symbol()),
                    List.of(Native.Arg.reg(Regs.INT_ARGS.get(0), a), Native.Arg.reg(Regs.INT_ARGS.get(1), b)), 0, false, false);
            Map<Long, Long> got = new TreeMap<>();
            for (long off : want.keySet()) {
                long v = 0;
                for (int k = 7; k >= 0; k--) v = (v << 8) | (o.results()[(int) (off + k)] & 0xff);
                got.put(off, v);
            }
            assertEquals(want, got, () -> "seed " + seed + "\n" + Printer.print(build(new Random(seed))) + c.listing(Native.F, shape.argSize()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    private static FuncShape shape() {
        List<Signature.Param> ps = List.of(new Signature.Param("a", AbiType.Basic.INT64), new Signature.Param("b", AbiType.Basic.INT64));
        return AbiShapes.function(Native.F, Assigner.abiInternal(Arch.AMD64).assign(Signature.function(ps, List.of())), false, false);
    }

    /** A random program of the shape described above; the same seed gives the same program. */
    private static Func build(Random rnd) {
        Func f = new Func("regalloc", null);
        Pos pos = Pos.NONE;
        FuncShape shape = shape();
        Block b = f.newBlock(GenericBlockKind.Plain);
        Value mem = b.newValue(pos, GenericOp.InitMem, SsaTypes.MEM);
        Value sb = b.newValue(pos, GenericOp.SB, Universe.UINTPTR);
        Value x = b.newValue(pos, Amd64Op.ArgIntReg, I, 0, AbiShapes.paramSlot(shape, 0));
        Value y = b.newValue(pos, Amd64Op.ArgIntReg, I, 1, AbiShapes.paramSlot(shape, 1));
        Value zero = b.newValue(pos, GenericOp.Const64, I, 0, null);
        List<Value> ints = new ArrayList<>(List.of(x, y, b.newValue(pos, GenericOp.Const64, I, 3, null)));
        List<Value> floats = new ArrayList<>(List.of(b.newValue(pos, GenericOp.Cvt64to64F, F, x),
                b.newValue(pos, GenericOp.Const64F, F, Double.doubleToRawLongBits(0.5), null)));
        int regions = 1 + rnd.nextInt(4);
        for (int r = 0; r < regions; r++) {
            boolean fl = rnd.nextInt(3) == 0;
            List<Value> pool = fl ? floats : ints;
            GenericOp[] ops = fl ? FLOAT_OPS : INT_OPS;
            if (rnd.nextBoolean()) {
                b = diamond(b, pool, ops, rnd);
                continue;
            }
            int k = 1 + rnd.nextInt(20);
            Block head = f.newBlock(GenericBlockKind.If), body = f.newBlock(GenericBlockKind.Plain), exit = f.newBlock(GenericBlockKind.Plain);
            b.addEdgeTo(head);
            Value i = head.newValue(pos, GenericOp.Phi, I, zero);
            List<Value> phis = new ArrayList<>();
            for (int j = 0; j < k; j++) phis.add(head.newValue(pos, GenericOp.Phi, pool.getFirst().type(), pick(pool, rnd)));
            head.setControl(head.newValue(pos, GenericOp.Less64, Universe.BOOL, i, head.newValue(pos, GenericOp.Const64, I, 1 + rnd.nextInt(4), null)));
            head.addEdgeTo(body);
            head.addEdgeTo(exit);
            Block latch = body;
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                Value from = phis.get(rnd.nextInt(k));
                // Mostly a plain permutation (a parallel copy with cycles), sometimes a computation with a value from outside.
                next.add(rnd.nextInt(3) == 0 ? body.newValue(pos, ops[rnd.nextInt(ops.length)], from.type(), from, pick(pool, rnd)) : from);
            }
            if (rnd.nextBoolean()) {
                List<Value> inner = new ArrayList<>(phis);
                latch = diamond(body, inner, ops, rnd);
                next.set(rnd.nextInt(k), inner.getLast());
            }
            Value one = latch.newValue(pos, GenericOp.Const64, I, 1, null);
            Value i2 = latch.newValue(pos, GenericOp.Add64, I, i, one);
            latch.addEdgeTo(head);
            i.addArg(i2);
            for (int j = 0; j < k; j++) phis.get(j).addArg(next.get(j));
            for (Value p : phis) if (pool.size() < 24) pool.add(p);
            b = exit;
        }
        b.reset(GenericBlockKind.Ret);
        // The run reports the output buffer from its 32nd byte on.
        Value out = b.newValue(pos, GenericOp.Addr, new Type.Pointer(I), 0, Native.OUT, sb);
        List<Value> all = new ArrayList<>(ints);
        all.addAll(floats);
        for (int k = 0; k < all.size(); k++) {
            Value p = b.newValue(pos, GenericOp.OffPtr, out.type(), 32 + 8L * k, null, out);
            mem = b.newValue(pos, GenericOp.Store, SsaTypes.MEM, 0, all.get(k).type(), p, all.get(k), mem);
        }
        b.setControl(mem);
        return f;
    }

    private static Value pick(List<Value> pool, Random rnd) {
        return pool.get(rnd.nextInt(pool.size()));
    }

    /** if p < q { v = p op q } else { v = q op p }: v joins the pool; returns the join block. */
    private static Block diamond(Block b, List<Value> pool, GenericOp[] ops, Random rnd) {
        Func f = b.func();
        Value p = pick(pool, rnd), q = pick(pool, rnd);
        Block yes = f.newBlock(GenericBlockKind.Plain), no = f.newBlock(GenericBlockKind.Plain), join = f.newBlock(GenericBlockKind.Plain);
        b.reset(GenericBlockKind.If);
        b.setControl(b.newValue(Pos.NONE, p.type() == F ? GenericOp.Less64F : GenericOp.Less64, Universe.BOOL, p, q));
        b.addEdgeTo(yes);
        b.addEdgeTo(no);
        Value v1 = yes.newValue(Pos.NONE, ops[rnd.nextInt(ops.length)], p.type(), p, q);
        Value v2 = no.newValue(Pos.NONE, ops[rnd.nextInt(ops.length)], p.type(), q, p);
        yes.addEdgeTo(join);
        no.addEdgeTo(join);
        pool.add(join.newValue(Pos.NONE, GenericOp.Phi, p.type(), v1, v2));
        return join;
    }

    /** Runs the generic SSA directly: the stored words by offset (floats by their bits). */
    private static Map<Long, Long> evaluate(Func f, long a, long b) {
        Map<Value, Object> env = new HashMap<>();
        Map<Long, Long> stored = new TreeMap<>();
        Block blk = f.entry(), prev = null;
        while (true) {
            Map<Value, Object> phis = new HashMap<>();
            for (Value v : blk.values()) {
                if (v.op() == GenericOp.Phi) {
                    int k = 0;
                    while (blk.pred(k) != prev) k++;
                    phis.put(v, env.get(v.arg(k)));
                }
            }
            env.putAll(phis);
            for (Value v : blk.values()) {
                if (v.op() == GenericOp.Phi) continue;
                Object r = switch (v.op()) {
                    case Amd64Op op when op == Amd64Op.ArgIntReg -> v.auxInt() == 0 ? a : b;
                    case GenericOp g -> switch (g) {
                        case Const64 -> v.auxInt();
                        case Const64F -> Double.longBitsToDouble(v.auxInt());
                        case Cvt64to64F -> (double) (long) env.get(v.arg(0));
                        case Add64 -> (long) env.get(v.arg(0)) + (long) env.get(v.arg(1));
                        case Sub64 -> (long) env.get(v.arg(0)) - (long) env.get(v.arg(1));
                        case Xor64 -> (long) env.get(v.arg(0)) ^ (long) env.get(v.arg(1));
                        case Mul64 -> (long) env.get(v.arg(0)) * (long) env.get(v.arg(1));
                        case Add64F -> (double) env.get(v.arg(0)) + (double) env.get(v.arg(1));
                        case Sub64F -> (double) env.get(v.arg(0)) - (double) env.get(v.arg(1));
                        case Mul64F -> (double) env.get(v.arg(0)) * (double) env.get(v.arg(1));
                        case Less64 -> (long) env.get(v.arg(0)) < (long) env.get(v.arg(1));
                        case Less64F -> (double) env.get(v.arg(0)) < (double) env.get(v.arg(1));
                        case OffPtr -> v.auxInt() - 32;
                        case Store -> {
                            Object w = env.get(v.arg(1));
                            stored.put((long) env.get(v.arg(0)), w instanceof Double d ? Double.doubleToRawLongBits(d) : (long) w);
                            yield null;
                        }
                        default -> null;
                    };
                    default -> null;
                };
                if (r != null) env.put(v, r);
            }
            if (blk.kind() == GenericBlockKind.Ret) return stored;
            prev = blk;
            blk = blk.kind() == GenericBlockKind.If && !(boolean) env.get(blk.control(0)) ? blk.succ(1) : blk.succ(0);
        }
    }
}

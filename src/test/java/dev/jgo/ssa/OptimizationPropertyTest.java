package dev.jgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.ssa.GenericOp.Family;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random DAGs of generic integer and boolean ops, over every width, with duplicated
 * subexpressions, copies, constants and if/else diamonds joined by phis: the values stored by the
 * function are the same before and after the pass table (folding, identities, decided branches,
 * phi, copy and dead-code removal, CSE, critical edges).
 */
class OptimizationPropertyTest {
    private static final int[] WIDTHS = {8, 16, 32, 64};
    private static final Set<Family> BINARY = EnumSet.of(Family.ADD, Family.SUB, Family.MUL, Family.DIV,
            Family.DIVU, Family.MOD, Family.MODU, Family.AND, Family.OR, Family.XOR, Family.LSH, Family.RSH,
            Family.RSHU, Family.EQ, Family.NEQ, Family.LESS, Family.LESSU, Family.LEQ, Family.LEQU);
    private static final List<GenericOp> OPS = new ArrayList<>();

    static {
        for (GenericOp op : GenericOp.values()) {
            switch (op.family()) {
                case NEG, COM, SIGN_EXT, ZERO_EXT, TRUNC -> OPS.add(op);
                default -> {
                    if (BINARY.contains(op.family())) OPS.add(op);
                }
            }
        }
        OPS.addAll(List.of(GenericOp.Not, GenericOp.EqB, GenericOp.NeqB, GenericOp.AndB, GenericOp.OrB));
    }

    /** One step of the program: kind picks what to add, the numbers pick op, operands, constant. */
    record Step(int kind, int op, int a, int b, long constant, int width, boolean stored) {}

    @Provide
    Arbitrary<List<Step>> programs() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, OPS.size() - 1),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.oneOf(Arbitraries.longs().between(-300, 300),
                        Arbitraries.of(7L, 8L, 15L, 16L, 31L, 32L, 33L, 63L, 64L, 127L, 128L, 255L, 256L,
                                65535L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE)),
                Arbitraries.of(8, 16, 32, 64),
                Arbitraries.of(true, false)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    private static Type intType(int bits) {
        return switch (bits) {
            case 8 -> Universe.INT8;
            case 16 -> Universe.INT16;
            case 32 -> Universe.INT32;
            default -> Universe.INT64;
        };
    }

    private static GenericOp constOp(int bits) {
        return GenericOp.of(Family.CONST, bits);
    }

    /**
     * Builds the program; every step that asks for it stores its value at its own address. A
     * step of kind 9 branches on a boolean into two arms that compute the same op from different
     * operands, joined by a phi.
     */
    static Func build(List<Step> steps) {
        Func f = new Func("prop", null);
        Block b = f.newBlock(GenericBlockKind.Plain);
        Pos pos = Pos.NONE;
        Value mem = b.newValue(pos, GenericOp.InitMem, SsaTypes.MEM);
        Value sp = b.newValue(pos, GenericOp.SP, new Type.Pointer(Universe.INT64));
        Map<Integer, List<Value>> pool = new HashMap<>();
        List<Value> bools = new ArrayList<>();
        for (int w : WIDTHS) {
            List<Value> values = new ArrayList<>();
            values.add(b.newValue(pos, GenericOp.Arg, intType(w), 0, "a" + w));
            values.add(b.newValue(pos, GenericOp.Arg, intType(w), 0, "b" + w));
            for (long c : new long[] {0, 1, -1}) values.add(b.newValue(pos, constOp(w), intType(w), c, null));
            pool.put(w, values);
        }
        bools.add(b.newValue(pos, GenericOp.ConstBool, Universe.BOOL, 1, null));
        bools.add(b.newValue(pos, GenericOp.Less64, Universe.BOOL, pool.get(64).get(0), pool.get(64).get(1)));
        List<Value> made = new ArrayList<>();
        int address = 0;
        for (Step s : steps) {
            Value v;
            if (s.kind() == 9) {
                Block yes = f.newBlock(GenericBlockKind.Plain);
                Block join = f.newBlock(GenericBlockKind.Plain);
                b.reset(GenericBlockKind.If);
                b.setControl(bools.get(s.a() % bools.size()));
                b.addEdgeTo(yes);
                // Values of the arms do not dominate what follows: they stay out of the pools.
                Value x = step(yes, new Step(5, s.op(), s.a(), s.b(), 0, s.width(), false), pool, bools, List.of());
                Value y;
                if (s.b() % 3 == 0) {
                    // No else arm: the edge from the branch into the join is critical.
                    b.addEdgeTo(join);
                    List<Value> same = SsaTypes.isBoolean(x.type()) ? bools : pool.get(bitsOf(x));
                    y = same.get(s.a() % same.size());
                    yes.addEdgeTo(join);
                    v = join.newValue(pos, GenericOp.Phi, x.type(), y, x);
                } else {
                    Block no = f.newBlock(GenericBlockKind.Plain);
                    b.addEdgeTo(no);
                    yes.addEdgeTo(join);
                    no.addEdgeTo(join);
                    y = step(no, new Step(5, s.op(), s.b(), s.a() + 1, 0, s.width(), false), pool, bools, List.of());
                    v = join.newValue(pos, GenericOp.Phi, x.type(), x, y);
                }
                b = join;
            } else {
                v = step(b, s, pool, bools, made);
            }
            if (v == null) continue;
            made.add(v);
            (SsaTypes.isBoolean(v.type()) ? bools : pool.get(bitsOf(v))).add(v);
            if (s.stored()) {
                Value p = b.newValue(pos, GenericOp.OffPtr, sp.type(), 8L * address++, null, sp);
                mem = b.newValue(pos, GenericOp.Store, SsaTypes.MEM, 0, v.type(), p, v, mem);
            }
        }
        b.reset(GenericBlockKind.Ret);
        b.setControl(mem);
        return f;
    }

    private static int bitsOf(Value v) {
        return (int) dev.jgo.types.Sizes.sizeof(v.type()) * 8;
    }

    private static Value step(Block b, Step s, Map<Integer, List<Value>> pool, List<Value> bools, List<Value> made) {
        Pos pos = Pos.NONE;
        List<Value> ints = pool.get(s.width());
        switch (s.kind()) {
            case 0, 1, 2 -> {
                return b.newValue(pos, constOp(s.width()), intType(s.width()), IntFold.normalize(s.constant(), s.width()), null);
            }
            case 3 -> {
                // Recompute an earlier value from the same operands: CSE must find it.
                if (made.isEmpty()) return null;
                Value old = made.get(s.a() % made.size());
                if (old.op() == GenericOp.Copy || old.op() == GenericOp.Phi) return null;
                Value again = b.newValue(pos, old.op(), old.type(), old.auxInt(), old.aux());
                List<Value> args = new ArrayList<>(old.args());
                if (old.op().commutative() && s.b() % 2 == 0) Collections.reverse(args);
                again.addArgs(args.toArray(Value[]::new));
                return again;
            }
            case 4 -> {
                return b.newValue(pos, GenericOp.Copy, intType(s.width()), ints.get(s.a() % ints.size()));
            }
            default -> {
                GenericOp op = OPS.get(s.op());
                if (op.family() == Family.NONE) {
                    Value x = bools.get(s.a() % bools.size());
                    if (op == GenericOp.Not) return b.newValue(pos, op, Universe.BOOL, x);
                    return b.newValue(pos, op, Universe.BOOL, x, bools.get(s.b() % bools.size()));
                }
                int from = switch (op.family()) {
                    case SIGN_EXT, ZERO_EXT, TRUNC -> op.bits2();
                    default -> op.bits();
                };
                List<Value> xs = pool.get(from);
                Value x = xs.get(s.a() % xs.size());
                Type t = op.result() == Op.Result.BOOL ? Universe.BOOL : intType(op.bits());
                if (op.argLen() == 1) return b.newValue(pos, op, t, x);
                List<Value> ys = pool.get(op.bits2() != 0 ? op.bits2() : op.bits());
                return b.newValue(pos, op, t, x, ys.get(s.b() % ys.size()));
            }
        }
    }

    @Property(tries = 400)
    void passesKeepTheStoredValues(@ForAll("programs") List<Step> steps,
                                   @ForAll long a8, @ForAll long b8, @ForAll long a16, @ForAll long b16,
                                   @ForAll long a32, @ForAll long b32, @ForAll long a64, @ForAll long b64) {
        Map<String, Long> args = Map.of("a8", (long) (byte) a8, "b8", (long) (byte) b8,
                "a16", (long) (short) a16, "b16", (long) (short) b16,
                "a32", (long) (int) a32, "b32", (long) (int) b32, "a64", a64, "b64", b64);
        Func before = build(steps);
        Check.run(before);
        var expected = Interp.run(before, args);
        Func after = build(steps);
        Passes.run(after, PassOptions.DEFAULT.withCheck(true));
        assertEquals(expected, Interp.run(after, args), () -> Printer.print(after));
    }

    @Property(tries = 100)
    void eachPassAloneKeepsTheStoredValues(@ForAll("programs") List<Step> steps, @ForAll long a, @ForAll long b) {
        Map<String, Long> args = Map.of("a8", (long) (byte) a, "b8", (long) (byte) b,
                "a16", (long) (short) a, "b16", (long) (short) b,
                "a32", (long) (int) a, "b32", (long) (int) b, "a64", a, "b64", b);
        var expected = Interp.run(build(steps), args);
        for (Pass p : Passes.TABLE) {
            Func f = build(steps);
            p.fn().accept(f);
            Check.run(f);
            assertEquals(expected, Interp.run(f, args), () -> p.name() + "\n" + Printer.print(f));
        }
    }
}

package dev.jgo.ssagen;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only interpreter of generic SSA before call expansion, so that programs can run from
 * the SSA ssagen builds (and from the SSA the passes leave) and be compared with gc's output.
 *
 * <p>Values: integers and pointers are Longs holding the bits sign-extended from the op's width
 * (the ssa package's constant convention), floats Doubles (float32 ones rounded to float),
 * booleans Booleans, and {@link Str}, {@link Sl}, {@link Cx}, {@link Agg} for strings, slices,
 * complex numbers and structs/arrays. Memory is {@link InterpMemory}; the memory values of SSA
 * are a token, since the effects happen in order. Calls between the program's functions are
 * interpreted; calls of runtime functions are {@link InterpRuntime}.
 */
final class SsaInterp {
    record Str(long ptr, long len) {}
    record Sl(long ptr, long len, long cap) {}
    record Cx(double re, double im) {}
    record Agg(Object[] parts) {}
    /** An interface value: the type descriptor's address (0 for nil) and the data word. */
    record Iface(long type, long data) {}

    /** The value of memory-typed SSA values. */
    private static final Object MEM = "mem";
    private static final long STEP_LIMIT = 50_000_000;

    private final Map<String, Func> funcs = new HashMap<>();
    final InterpMemory memory = new InterpMemory();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Map<Object, Long> globals = new HashMap<>();
    final Map<Long, Type> typeDescs = new HashMap<>();
    private final Map<Value, Str> strings = new HashMap<>();
    private final InterpRuntime runtime = new InterpRuntime(this);
    private final Map<Block, List<Value>> schedules = new HashMap<>();
    private long steps;
    /** Code addresses of the program's functions (outside memory: only calls use them). */
    private final Map<String, Long> codeAddrs = new HashMap<>();
    private final Map<Long, String> codeNames = new HashMap<>();
    private static final long CODE_BASE = 0x7f00_0000_0000L;

    SsaInterp(List<Func> program) {
        for (Func f : program) {
            String name = "main." + f.name();
            funcs.put(name, f);
            long addr = CODE_BASE + 16L * codeAddrs.size();
            codeAddrs.put(name, addr);
            codeNames.put(addr, name);
        }
    }

    /** Runs init and main; returns what the program printed, ending with gc's panic line if it panicked. */
    String run() {
        try {
            if (funcs.containsKey("main.init")) call("main.init", List.of());
            call("main.main", List.of());
        } catch (GoPanic p) {
            stderr.writeBytes(("panic: " + p.getMessage() + "\n").getBytes());
        }
        return stderr.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    Object[] call(String name, List<Object> args) {
        return call(name, args, 0);
    }

    private Object[] call(String name, List<Object> args, long closure) {
        Func f = funcs.get(name);
        if (f == null) return runtime.call(name, args);
        return new Frame(f, args, closure).run();
    }

    /** One activation of a function. */
    private final class Frame {
        private final Func f;
        private final List<Object> args;
        private final Map<Value, Object> env = new HashMap<>();
        private final Map<Object, Long> locals = new HashMap<>();
        /** The context register: the closure this function was called through, or 0. */
        private final long closure;

        Frame(Func f, List<Object> args, long closure) {
            this.f = f;
            this.args = args;
            this.closure = closure;
        }

        Object[] run() {
            Block b = f.entry();
            Block prev = null;
            while (true) {
                enter(b, prev);
                for (Value v : schedule(b)) {
                    if (++steps > STEP_LIMIT) throw new IllegalStateException("step limit exceeded");
                    env.put(v, eval(v));
                }
                prev = b;
                switch (b.kind().toString()) {
                    case "Plain", "First" -> b = b.succ(0);
                    case "If" -> b = b.succ((Boolean) env.get(b.control(0)) ? 0 : 1);
                    case "Ret" -> {
                        return (Object[]) env.get(b.control(0));
                    }
                    default -> throw new IllegalStateException("cannot run a " + b.kind() + " block: " + b);
                }
            }
        }

        /** The phis of b take their values from the edge from prev, all at once. */
        private void enter(Block b, Block prev) {
            if (prev == null) return;
            int i = 0;
            while (b.pred(i) != prev) i++;
            Map<Value, Object> in = new HashMap<>();
            for (Value v : b.values()) {
                if (v.op() == GenericOp.Phi) in.put(v, env.get(v.arg(i)));
            }
            env.putAll(in);
        }

        private Object arg(Value v, int i) {
            Object o = env.get(v.arg(i));
            if (o == null) throw new IllegalStateException(v.arg(i) + " has no value yet at " + v.longString());
            return o;
        }

        private long i(Value v, int k) {
            return (Long) arg(v, k);
        }

        private double d(Value v, int k) {
            return (Double) arg(v, k);
        }

        private Object eval(Value v) {
            GenericOp op = (GenericOp) v.op();
            int w = op.bits();
            return switch (op.family()) {
                case CONST -> v.auxInt();
                case CONST_F -> Double.longBitsToDouble(v.auxInt());
                case ADD -> signExtend(i(v, 0) + i(v, 1), w);
                case SUB -> signExtend(i(v, 0) - i(v, 1), w);
                case MUL -> signExtend(i(v, 0) * i(v, 1), w);
                case DIV -> signExtend(i(v, 0) / nonZero(i(v, 1)), w);
                case MOD -> signExtend(i(v, 0) % nonZero(i(v, 1)), w);
                case DIVU -> signExtend(Long.divideUnsigned(mask(i(v, 0), w), mask(nonZero(i(v, 1)), w)), w);
                case MODU -> signExtend(Long.remainderUnsigned(mask(i(v, 0), w), mask(nonZero(i(v, 1)), w)), w);
                case AND -> i(v, 0) & i(v, 1);
                case OR -> i(v, 0) | i(v, 1);
                case XOR -> i(v, 0) ^ i(v, 1);
                case NEG -> signExtend(-i(v, 0), w);
                case COM -> ~i(v, 0);
                case LSH, RSH, RSHU -> shift(op.family(), i(v, 0), mask(i(v, 1), op.bits2()), w);
                case EQ -> i(v, 0) == i(v, 1);
                case NEQ -> i(v, 0) != i(v, 1);
                case LESS -> i(v, 0) < i(v, 1);
                case LEQ -> i(v, 0) <= i(v, 1);
                case LESSU -> Long.compareUnsigned(mask(i(v, 0), w), mask(i(v, 1), w)) < 0;
                case LEQU -> Long.compareUnsigned(mask(i(v, 0), w), mask(i(v, 1), w)) <= 0;
                case SIGN_EXT -> i(v, 0);
                case ZERO_EXT -> mask(i(v, 0), op.bits2());
                case TRUNC -> signExtend(i(v, 0), w);
                case ADD_F -> round(d(v, 0) + d(v, 1), w);
                case SUB_F -> round(d(v, 0) - d(v, 1), w);
                case MUL_F -> round(d(v, 0) * d(v, 1), w);
                case DIV_F -> round(d(v, 0) / d(v, 1), w);
                case NEG_F -> -d(v, 0);
                case SQRT_F -> Math.sqrt(d(v, 0));
                case EQ_F -> d(v, 0) == d(v, 1);
                case NEQ_F -> d(v, 0) != d(v, 1);
                case LESS_F -> d(v, 0) < d(v, 1);
                case LEQ_F -> d(v, 0) <= d(v, 1);
                case NONE -> other(v, op);
            };
        }

        private Object other(Value v, GenericOp op) {
            return switch (op) {
                case ConstBool -> v.auxInt() != 0;
                case ConstString -> strings.computeIfAbsent(v, x -> memory.newString(((String) x.aux()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                case ConstNil -> 0L;
                case ConstSlice -> new Sl(0, 0, 0);
                case AddPtr -> i(v, 0) + i(v, 1);
                case EqPtr -> i(v, 0) == i(v, 1);
                case NeqPtr -> i(v, 0) != i(v, 1);
                case EqB -> arg(v, 0).equals(arg(v, 1));
                case NeqB -> !arg(v, 0).equals(arg(v, 1));
                case AndB -> (Boolean) arg(v, 0) && (Boolean) arg(v, 1);
                case OrB -> (Boolean) arg(v, 0) || (Boolean) arg(v, 1);
                case Not -> !(Boolean) arg(v, 0);
                case IsNonNil -> i(v, 0) != 0;
                case Cvt32to32F -> (double) (float) (int) i(v, 0);
                case Cvt32to64F -> (double) (int) i(v, 0);
                case Cvt64to32F -> (double) (float) i(v, 0);
                case Cvt64to64F -> (double) i(v, 0);
                case Cvt32Fto32, Cvt64Fto32 -> truncate(d(v, 0), 32);
                case Cvt32Fto64, Cvt64Fto64 -> truncate(d(v, 0), 64);
                case Cvt32Fto64F -> d(v, 0);
                case Cvt64Fto32F -> (double) (float) d(v, 0);
                case Convert, Copy -> arg(v, 0);
                case Slicemask -> i(v, 0) == 0 ? 0L : -1L;
                case InitMem, VarDef, VarLive, KeepAlive -> MEM;
                case Arg -> args.get(paramIndex((Obj.Var) v.aux()));
                case SP, SB, GetCallerSP -> 0L;
                case Addr -> global(v);
                case LocalAddr -> locals.computeIfAbsent(v.aux(), s -> memory.alloc(Sizes.sizeof(((Type.Pointer) v.type()).elem())));
                case OffPtr -> i(v, 0) + v.auxInt();
                case Load -> memory.load(v.type(), i(v, 0));
                case Store -> {
                    memory.store((Type) v.aux(), i(v, 0), arg(v, 1));
                    yield MEM;
                }
                case Zero -> {
                    memory.write(i(v, 0), new byte[(int) v.auxInt()]);
                    yield MEM;
                }
                case Move -> {
                    memory.write(i(v, 0), memory.read(i(v, 1), v.auxInt()));
                    yield MEM;
                }
                case StaticLECall -> {
                    List<Object> callArgs = new ArrayList<>();
                    for (int k = 0; k < v.argCount() - 1; k++) callArgs.add(arg(v, k));
                    yield call(String.valueOf(((CallAux) v.aux()).fn()), callArgs);
                }
                case ClosureLECall -> {
                    List<Object> callArgs = new ArrayList<>();
                    for (int k = 2; k < v.argCount() - 1; k++) callArgs.add(arg(v, k));
                    yield call(codeNames.get(i(v, 0)), callArgs, i(v, 1));
                }
                case InterLECall -> {
                    List<Object> callArgs = new ArrayList<>();
                    for (int k = 1; k < v.argCount() - 1; k++) callArgs.add(arg(v, k));
                    yield call(codeNames.get(i(v, 0)), callArgs);
                }
                case GetClosurePtr -> closure;
                case SelectN -> {
                    Object[] results = (Object[]) arg(v, 0);
                    yield v.auxInt() < results.length ? results[(int) v.auxInt()] : MEM;
                }
                case MakeResult -> {
                    Object[] results = new Object[v.argCount() - 1];
                    for (int k = 0; k < results.length; k++) results[k] = arg(v, k);
                    yield results;
                }
                case NilCheck -> {
                    if (i(v, 0) == 0) throw new GoPanic("runtime error: invalid memory address or nil pointer dereference");
                    yield MEM;
                }
                case IsInBounds -> Long.compareUnsigned(i(v, 0), i(v, 1)) < 0;
                case IsSliceInBounds -> Long.compareUnsigned(i(v, 0), i(v, 1)) <= 0;
                case PanicBounds -> throw new GoPanic(InterpRuntime.boundsMessage(BoundsKind.values()[(int) v.auxInt()], i(v, 0), i(v, 1)));
                case StringMake -> new Str(i(v, 0), i(v, 1));
                case StringPtr -> ((Str) arg(v, 0)).ptr();
                case StringLen -> ((Str) arg(v, 0)).len();
                case SliceMake -> new Sl(i(v, 0), i(v, 1), i(v, 2));
                case SlicePtr -> ((Sl) arg(v, 0)).ptr();
                case SliceLen -> ((Sl) arg(v, 0)).len();
                case SliceCap -> ((Sl) arg(v, 0)).cap();
                case ComplexMake -> new Cx(d(v, 0), d(v, 1));
                case ComplexReal -> ((Cx) arg(v, 0)).re();
                case ComplexImag -> ((Cx) arg(v, 0)).im();
                case IMake -> new Iface(i(v, 0), i(v, 1));
                case ConstInterface -> new Iface(0, 0);
                case ITab -> ((Iface) arg(v, 0)).type();
                case IData -> ((Iface) arg(v, 0)).data();
                case StructMake, ArrayMake -> {
                    Object[] parts = new Object[v.argCount()];
                    for (int k = 0; k < parts.length; k++) parts[k] = arg(v, k);
                    yield new Agg(parts);
                }
                case StructSelect, ArraySelect -> ((Agg) arg(v, 0)).parts()[(int) v.auxInt()];
                default -> throw new IllegalStateException("the interpreter does not know " + v.longString());
            };
        }

        private int paramIndex(Obj.Var p) {
            Type.Signature sig = (Type.Signature) f.type();
            List<Obj.Var> params = new ArrayList<>();
            if (sig.recv() != null) params.add(sig.recv());
            params.addAll(sig.params().vars());
            return params.indexOf(p);
        }
    }

    /**
     * The address of a global: a function's code address, a function value's read-only closure
     * (one word holding the code address), a type descriptor, an itab, or a variable.
     */
    private long global(Value v) {
        Object sym = v.aux();
        String name = String.valueOf(sym);
        if (codeAddrs.containsKey(name)) return codeAddrs.get(name);
        if (name.endsWith("·f")) {
            return globals.computeIfAbsent(sym, s -> {
                long p = memory.alloc(8);
                memory.writeInt(p, 8, codeAddrs.get(name.substring(0, name.length() - 2)));
                return p;
            });
        }
        return switch (sym) {
            case Sym.TypeDesc td -> typeDesc(td.type());
            case Sym.Itab it -> itab(it.concrete(), it.iface());
            default -> globals.computeIfAbsent(sym, s -> memory.alloc(Sizes.sizeof(((Type.Pointer) v.type()).elem())));
        };
    }

    /** The address of t's type descriptor: one word, one per type name; the interpreter keeps the type. */
    long typeDesc(Type t) {
        return globals.computeIfAbsent(new Sym.TypeDesc(t).toString(), s -> {
            long p = memory.alloc(8);
            typeDescs.put(p, t);
            return p;
        });
    }

    /** The address of the itab of concrete type t as interface type i, laid out as the compiler's. */
    long itab(Type t, Type i) {
        String name = new Sym.Itab(t, i).toString();
        Long known = globals.get(name);
        if (known != null) return known;
        List<String> fns = MethodTables.itab(t, (Type.Interface) i.underlying());
        long p = memory.alloc(24 + 8L * fns.size());
        memory.writeInt(p, 8, typeDesc(i));
        memory.writeInt(p + 8, 8, typeDesc(t));
        for (int k = 0; k < fns.size(); k++) memory.writeInt(p + 24 + 8L * k, 8, codeAddrs.getOrDefault(fns.get(k), 0L));
        globals.put(name, p);
        return p;
    }

    /**
     * The non-phi values of b in an order that respects their arguments and memory: a value
     * that reads memory m comes before the value that replaces m (as a scheduler must order it).
     */
    private List<Value> schedule(Block b) {
        return schedules.computeIfAbsent(b, blk -> {
            List<Value> order = new ArrayList<>();
            Map<Value, Integer> state = new HashMap<>();
            for (Value v : blk.values()) visit(v, blk, state, order);
            return order;
        });
    }

    private void visit(Value v, Block b, Map<Value, Integer> state, List<Value> order) {
        if (v.block() != b || v.op() == GenericOp.Phi || state.containsKey(v)) return;
        state.put(v, 0);
        for (Value a : v.args()) visit(a, b, state, order);
        if (writesMemory(v)) {
            Value m = v.arg(v.argCount() - 1);
            for (Value r : b.values()) {
                if (r != v && r.argCount() > 0 && r.arg(r.argCount() - 1) == m && !writesMemory(r)) visit(r, b, state, order);
            }
        }
        order.add(v);
    }

    private static boolean writesMemory(Value v) {
        return v.argCount() > 0 && SsaTypes.isMemory(v.arg(v.argCount() - 1).type())
                && (SsaTypes.isMemory(v.type()) || v.type() instanceof Type.Tuple);
    }

    /**
     * A float truncated to a signed integer as amd64's CVTTSD2SI does (the machine meaning of
     * the generic conversion): NaN and values out of range give the smallest integer.
     */
    private static long truncate(double d, int bits) {
        double limit = bits == 32 ? 0x1p31 : 0x1p63;
        if (Double.isNaN(d) || d >= limit || d < -limit) return bits == 32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        return (long) d;
    }

    private static long nonZero(long x) {
        if (x == 0) throw new GoPanic("runtime error: integer divide by zero");
        return x;
    }

    private static Object shift(GenericOp.Family fam, long x, long amount, int w) {
        boolean all = Long.compareUnsigned(amount, w) >= 0;
        return switch (fam) {
            case LSH -> all ? 0L : signExtend(x << amount, w);
            case RSHU -> all ? 0L : signExtend(mask(x, w) >>> amount, w);
            default -> all ? (x < 0 ? -1L : 0L) : x >> amount;
        };
    }

    static long signExtend(long x, int bits) {
        return bits >= 64 ? x : (x << (64 - bits)) >> (64 - bits);
    }

    static long mask(long x, int bits) {
        return bits >= 64 ? x : x & ((1L << bits) - 1);
    }

    private static double round(double d, int bits) {
        return bits == 32 ? (double) (float) d : d;
    }
}

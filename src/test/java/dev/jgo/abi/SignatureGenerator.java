package dev.jgo.abi;

import dev.jgo.abi.AbiType.Basic;
import dev.jgo.abi.Signature.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of random signatures over the AbiType model, meant to hit every rule of the
 * assignment algorithm: all basic kinds, pointer-shaped kinds, strings, slices, interfaces, named
 * types, structs nested to depth 3 (empty ones, trailing zero-sized fields), arrays of length 0, 1
 * and more, methods with value and pointer receivers, and enough parameters and results to run out
 * of both register sequences; now and then a parameter, result or receiver is blank. Every defined type it invents is remembered so it can be declared
 * in the Go source the signatures are printed into. (Public: the dynamic check in
 * {@code dev.jgo.abi.dynamic} draws its signatures from it too.)
 */
public final class SignatureGenerator {
    /** One generated function or method: its Go name, its signature and its receiver base type. */
    public record Generated(String name, Signature signature, AbiType.Named receiverBase, boolean pointerReceiver) {
        /** The symbol gc gives it, as in the assembly listing. */
        public String symbol() {
            if (receiverBase == null) return "main." + name;
            return pointerReceiver ? "main.(*" + receiverBase.name() + ")." + name
                    : "main." + receiverBase.name() + "." + name;
        }

        /** The declaration without its body: {@code func name(params) results}, with the receiver if a method. */
        String goHeader() {
            String recv = signature.receiver() == null ? ""
                    : "(" + signature.receiver().name() + " " + signature.receiver().type().goString() + ") ";
            return "func " + recv + name
                    + Signature.function(signature.params(), signature.results()).goString().substring("func".length());
        }
    }

    private static final Basic[] BASICS = Basic.values();
    private static final AbiType.Func SMALL_FUNC =
            new AbiType.Func(List.of(Basic.INT, Basic.STRING), List.of(Basic.BOOL), false);

    private final Random random;
    private final Map<String, AbiType> namedTypes = new LinkedHashMap<>();
    private int functions;

    public SignatureGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The defined types invented so far, by name, with their underlying types. */
    public Map<String, AbiType> namedTypes() {
        return namedTypes;
    }

    public Generated next() {
        int id = functions++;
        // now and then a float-only signature, so that all 16 float registers of arm64 and
        // riscv64 get used up too
        boolean floaty = random.nextInt(10) == 0;
        List<Param> params = new ArrayList<>();
        int nParams = manyOrFew(24);
        for (int i = 0; i < nParams; i++) {
            String name = random.nextInt(12) == 0 ? "_" : "p" + i;
            params.add(new Param(name, floaty ? floatType() : type(0)));
        }
        List<Param> results = new ArrayList<>();
        int nResults = manyOrFew(16);
        for (int i = 0; i < nResults; i++) {
            String name = random.nextInt(12) == 0 ? "_" : "r" + i;
            results.add(new Param(name, floaty ? floatType() : type(0)));
        }
        if (random.nextInt(4) != 0) {
            return new Generated("f" + id, Signature.function(params, results), null, false);
        }
        AbiType.Named base = define("T" + id, receiverUnderlying());
        boolean pointer = random.nextBoolean();
        AbiType receiverType = pointer ? new AbiType.Pointer(base) : base;
        Param receiver = new Param(random.nextInt(10) == 0 ? "_" : "rc", receiverType);
        return new Generated("m" + id, Signature.method(receiver, params, results), base, pointer);
    }

    /** A random type of any kind this generator makes. */
    AbiType type() {
        return type(0);
    }

    /** Usually a handful, sometimes enough to exhaust the registers. */
    private int manyOrFew(int max) {
        return random.nextInt(3) == 0 ? random.nextInt(max + 1) : random.nextInt(5);
    }

    /** A receiver's base type cannot be a pointer (unsafe.Pointer included) or an interface. */
    private AbiType receiverUnderlying() {
        while (true) {
            AbiType t = type(1);
            AbiType u = t instanceof AbiType.Named n ? n.underlying() : t;
            boolean pointer = u instanceof AbiType.Pointer || u == Basic.UNSAFE_POINTER;
            if (!pointer && !(u instanceof AbiType.Interface)) return u;
        }
    }

    private AbiType type(int depth) {
        int choice = random.nextInt(depth >= 3 ? 10 : 16);
        return switch (choice) {
            case 0, 1, 2, 3 -> BASICS[random.nextInt(BASICS.length)];
            case 4 -> random.nextBoolean() ? Basic.FLOAT64 : Basic.FLOAT32;
            case 5 -> random.nextBoolean() ? Basic.INT : Basic.STRING;
            case 6 -> new AbiType.Pointer(random.nextBoolean() ? Basic.INT32 : new AbiType.Slice(Basic.STRING));
            case 7 -> switch (random.nextInt(3)) {
                case 0 -> new AbiType.MapType(Basic.STRING, Basic.INT);
                case 1 -> new AbiType.Chan(AbiType.ChanDir.values()[random.nextInt(3)], Basic.FLOAT64);
                default -> SMALL_FUNC;
            };
            case 8 -> random.nextBoolean() ? AbiType.Interface.empty()
                    : new AbiType.Interface(List.of(new AbiType.Method("M", SMALL_FUNC)));
            case 9 -> new AbiType.Slice(Basic.UINT16);
            case 10, 11 -> struct(depth + 1);
            case 12, 13 -> array(depth + 1);
            case 14 -> {
                AbiType underlying = type(depth + 1); // first: it may define types of its own
                yield define("N" + namedTypes.size(), underlying);
            }
            default -> random.nextBoolean() ? Basic.COMPLEX128 : Basic.COMPLEX64;
        };
    }

    private AbiType floatType() {
        return switch (random.nextInt(4)) {
            case 0 -> Basic.FLOAT32;
            case 1 -> Basic.FLOAT64;
            case 2 -> random.nextBoolean() ? Basic.COMPLEX64 : Basic.COMPLEX128;
            default -> new AbiType.Struct(List.of(new AbiType.Field("x", Basic.FLOAT64), new AbiType.Field("y", Basic.FLOAT32)));
        };
    }

    private AbiType array(int depth) {
        long length = switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1, 2 -> 1;
            default -> 2 + random.nextInt(3);
        };
        return new AbiType.Array(length, type(depth));
    }

    private AbiType struct(int depth) {
        int n = random.nextInt(5);
        List<AbiType.Field> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) fields.add(new AbiType.Field("f" + i, type(depth)));
        if (n > 0 && random.nextInt(5) == 0) {
            // a trailing zero-sized field: the padding-byte rule
            AbiType zero = random.nextBoolean() ? new AbiType.Struct(List.of()) : new AbiType.Array(0, Basic.INT64);
            fields.add(new AbiType.Field("z", zero));
        }
        return new AbiType.Struct(fields);
    }

    private AbiType.Named define(String name, AbiType type) {
        AbiType underlying = type instanceof AbiType.Named n ? n.underlying() : type;
        namedTypes.put(name, underlying);
        return new AbiType.Named(name, underlying);
    }
}

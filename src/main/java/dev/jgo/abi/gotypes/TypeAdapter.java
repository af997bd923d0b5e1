package dev.jgo.abi.gotypes;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Signature;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the type checker's types ({@code dev.jgo.types}) into the ABI library's model
 * ({@code dev.jgo.abi}), so the library never depends on the checker. One adapter serves one
 * package being compiled: defined types of that package are spelled by their bare names, those of
 * other packages as {@code pkg.Name}. It remembers the defined types it has converted, so a type
 * mentioned many times is converted once.
 */
public final class TypeAdapter {
    private final Package local;
    private final Map<Type.Named, AbiType.Named> converted = new IdentityHashMap<>();
    /** Defined types whose underlying types are being converted, outermost first. */
    private final List<Type.Named> converting = new ArrayList<>();
    /** The outermost index in converting that a Ref made since the last defined type began refers to. */
    private int outermostRef = Integer.MAX_VALUE;

    public TypeAdapter(Package local) {
        this.local = local;
    }

    /**
     * The signature of a function, method or func type as the assignment algorithm sees it.
     * Unnamed receivers, parameters and results get null names (the library names them ~rcvr,
     * ~p<i>, ~r<i>); blank ones stay "_".
     */
    public Signature signature(Type.Signature s) {
        Signature.Param receiver = s.recv() == null ? null : param(s.recv());
        return new Signature(receiver, params(s.params()), params(s.results()));
    }

    private List<Signature.Param> params(Type.Tuple t) {
        return t.vars().stream().map(this::param).toList();
    }

    private Signature.Param param(Obj.Var v) {
        return new Signature.Param(v.name().isEmpty() ? null : v.name(), convert(v.type()));
    }

    /**
     * The ABI model of a checked type. Only types of values can be converted: a tuple, an untyped
     * or invalid type is a bug in the caller (IllegalArgumentException).
     */
    public AbiType convert(Type t) {
        return switch (t) {
            case Type.Basic b -> basic(b);
            case Type.Pointer p -> new AbiType.Pointer(convert(p.elem()));
            case Type.Slice s -> new AbiType.Slice(convert(s.elem()));
            case Type.Array a -> new AbiType.Array(a.len(), convert(a.elem()));
            case Type.Map m -> new AbiType.MapType(convert(m.key()), convert(m.elem()));
            case Type.Chan c -> new AbiType.Chan(AbiType.ChanDir.valueOf(c.dir().name()), convert(c.elem()));
            case Type.Struct s -> new AbiType.Struct(s.fields().stream()
                    .map(f -> new AbiType.Field(f.name(), convert(f.type()), f.embedded())).toList());
            case Type.Signature s -> new AbiType.Func(types(s.params()), types(s.results()), s.variadic());
            case Type.Interface i -> new AbiType.Interface(i.allMethods().stream()
                    .map(m -> new AbiType.Method(m.name(), (AbiType.Func) convert(m.signature()))).toList());
            case Type.Named n -> named(n);
            case Type.Tuple tuple -> throw new IllegalArgumentException("a tuple is not the type of a value: " + tuple);
        };
    }

    private List<AbiType> types(Type.Tuple t) {
        return t.vars().stream().map(v -> convert(v.type())).toList();
    }

    /**
     * A defined type. Met again while its own underlying type is being converted (a recursive type
     * such as {@code type L struct{ next *L }}, where validity guarantees that the path went through
     * a pointer-shaped kind), it becomes a Ref, which spells the name and needs no layout. A type
     * whose conversion made a Ref to a type outside it is not remembered: with {@code type N
     * struct{ p *M }; type M struct{ n N }}, M met inside N holds N as a Ref, which has no layout,
     * while M met on its own needs all of N.
     */
    private AbiType named(Type.Named n) {
        AbiType.Named done = converted.get(n);
        if (done != null) return done;
        String name = spelling(n.obj());
        int outer = converting.indexOf(n);
        if (outer >= 0) {
            outermostRef = Math.min(outermostRef, outer);
            return new AbiType.Ref(name);
        }
        int depth = converting.size(), enclosing = outermostRef;
        converting.add(n);
        outermostRef = Integer.MAX_VALUE;
        try {
            AbiType.Named result = new AbiType.Named(name, convert(n.underlying()));
            if (outermostRef >= depth) converted.put(n, result);
            return result;
        } finally {
            converting.removeLast();
            outermostRef = Math.min(enclosing, outermostRef);
        }
    }

    private String spelling(Obj.TypeName obj) {
        Package pkg = obj.pkg();
        return pkg == null || pkg == local ? obj.name() : pkg.name() + "." + obj.name();
    }

    /** The two enums name the predeclared types of values alike. */
    private static AbiType.Basic basic(Type.Basic b) {
        if (b.kind().isUntyped() || b.kind() == BasicKind.INVALID) {
            throw new IllegalArgumentException("no value has the type " + b.name());
        }
        return AbiType.Basic.valueOf(b.kind().name());
    }
}

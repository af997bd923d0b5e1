package dev.jgo.abi.gotypes;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Signature;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** Defined types whose underlying type is being converted: meeting one again means recursion. */
    private final Set<Type.Named> converting = Collections.newSetFromMap(new IdentityHashMap<>());

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
     * a pointer-shaped kind), it becomes a Ref, which spells the name and needs no layout.
     */
    private AbiType named(Type.Named n) {
        AbiType.Named done = converted.get(n);
        if (done != null) return done;
        String name = spelling(n.obj());
        if (!converting.add(n)) return new AbiType.Ref(name);
        try {
            AbiType underlying = convert(n.underlying());
            AbiType.Named result = new AbiType.Named(name, underlying);
            converted.put(n, result);
            return result;
        } finally {
            converting.remove(n);
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

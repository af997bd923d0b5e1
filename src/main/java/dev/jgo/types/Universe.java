package dev.jgo.types;

import dev.jgo.syntax.Pos;
import dev.jgo.types.constant.Constant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The universe scope (predeclared identifiers) and the built-in package unsafe. */
public final class Universe {
    private Universe() {}

    private static final Map<BasicKind, Type.Basic> BASICS = new EnumMap<>(BasicKind.class);

    public static final Type.Basic INVALID = basic(BasicKind.INVALID, "invalid type");
    public static final Type.Basic BOOL = basic(BasicKind.BOOL, "bool");
    public static final Type.Basic INT = basic(BasicKind.INT, "int");
    public static final Type.Basic INT8 = basic(BasicKind.INT8, "int8");
    public static final Type.Basic INT16 = basic(BasicKind.INT16, "int16");
    public static final Type.Basic INT32 = basic(BasicKind.INT32, "int32");
    public static final Type.Basic INT64 = basic(BasicKind.INT64, "int64");
    public static final Type.Basic UINT = basic(BasicKind.UINT, "uint");
    public static final Type.Basic UINT8 = basic(BasicKind.UINT8, "uint8");
    public static final Type.Basic UINT16 = basic(BasicKind.UINT16, "uint16");
    public static final Type.Basic UINT32 = basic(BasicKind.UINT32, "uint32");
    public static final Type.Basic UINT64 = basic(BasicKind.UINT64, "uint64");
    public static final Type.Basic UINTPTR = basic(BasicKind.UINTPTR, "uintptr");
    public static final Type.Basic FLOAT32 = basic(BasicKind.FLOAT32, "float32");
    public static final Type.Basic FLOAT64 = basic(BasicKind.FLOAT64, "float64");
    public static final Type.Basic COMPLEX64 = basic(BasicKind.COMPLEX64, "complex64");
    public static final Type.Basic COMPLEX128 = basic(BasicKind.COMPLEX128, "complex128");
    public static final Type.Basic STRING = basic(BasicKind.STRING, "string");
    public static final Type.Basic UNSAFE_POINTER = basic(BasicKind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Type.Basic UNTYPED_BOOL = basic(BasicKind.UNTYPED_BOOL, "untyped bool");
    public static final Type.Basic UNTYPED_INT = basic(BasicKind.UNTYPED_INT, "untyped int");
    public static final Type.Basic UNTYPED_RUNE = basic(BasicKind.UNTYPED_RUNE, "untyped rune");
    public static final Type.Basic UNTYPED_FLOAT = basic(BasicKind.UNTYPED_FLOAT, "untyped float");
    public static final Type.Basic UNTYPED_COMPLEX = basic(BasicKind.UNTYPED_COMPLEX, "untyped complex");
    public static final Type.Basic UNTYPED_STRING = basic(BasicKind.UNTYPED_STRING, "untyped string");
    public static final Type.Basic UNTYPED_NIL = basic(BasicKind.UNTYPED_NIL, "untyped nil");
    /** byte and rune are aliases: same kind, own name for printing. */
    public static final Type.Basic BYTE = new Type.Basic(BasicKind.UINT8, "byte");
    public static final Type.Basic RUNE = new Type.Basic(BasicKind.INT32, "rune");

    public static final Scope SCOPE = new Scope(null, false, "universe");
    /** The predeclared interface error, a Named with method Error() string. */
    public static final Type.Named ERROR;
    /** The predeclared interface comparable (constraint only). */
    public static final Type.Named COMPARABLE;
    public static final Obj.Const IOTA;
    /** The empty interface any denotes (printed "any"). */
    public static final Type.Interface ANY = new Type.Interface();
    public static final Package UNSAFE = new Package("unsafe", "unsafe");

    private static Type.Basic basic(BasicKind k, String name) {
        Type.Basic b = new Type.Basic(k, name);
        BASICS.put(k, b);
        return b;
    }

    static {
        for (Type.Basic b : BASICS.values()) {
            if (b.kind() == BasicKind.INVALID || b.kind().isUntyped() || b.kind() == BasicKind.UNSAFE_POINTER) continue;
            def(new Obj.TypeName(Pos.NONE, b.name(), null, b, false));
        }
        def(new Obj.TypeName(Pos.NONE, "byte", null, BYTE, true));
        def(new Obj.TypeName(Pos.NONE, "rune", null, RUNE, true));
        def(new Obj.TypeName(Pos.NONE, "any", null, ANY, true));

        Obj.TypeName errObj = new Obj.TypeName(Pos.NONE, "error", null, null, false);
        ERROR = new Type.Named(errObj);
        errObj.type = ERROR;
        Type.Interface errIface = new Type.Interface();
        Type.Signature errSig = new Type.Signature(Obj.Var.of(Pos.NONE, "", null, ERROR), Type.Tuple.EMPTY,
                new Type.Tuple(List.of(Obj.Var.of(Pos.NONE, "", null, STRING))), false);
        errIface.methods.add(new Obj.Func(Pos.NONE, "Error", null, errSig));
        errIface.allMethods = List.copyOf(errIface.methods);
        ERROR.declared = errIface;
        def(errObj);

        Obj.TypeName cmpObj = new Obj.TypeName(Pos.NONE, "comparable", null, null, false);
        COMPARABLE = new Type.Named(cmpObj);
        cmpObj.type = COMPARABLE;
        Type.Interface cmp = new Type.Interface();
        cmp.isComparable = true;
        cmp.allMethods = List.of();
        COMPARABLE.declared = cmp;
        def(cmpObj);

        def(new Obj.Const(Pos.NONE, "true", null, UNTYPED_BOOL, Constant.makeBool(true)));
        def(new Obj.Const(Pos.NONE, "false", null, UNTYPED_BOOL, Constant.makeBool(false)));
        IOTA = new Obj.Const(Pos.NONE, "iota", null, UNTYPED_INT, Constant.makeInt64(0));
        def(IOTA);
        def(new Obj.Nil());
        for (BuiltinId id : BuiltinId.values()) {
            if (id.ordinal() < BuiltinId.ALIGNOF.ordinal()) {
                def(new Obj.Builtin(id, null));
            } else {
                UNSAFE.scope().insert(new Obj.Builtin(id, UNSAFE));
            }
        }
        UNSAFE.scope().insert(new Obj.TypeName(Pos.NONE, "Pointer", UNSAFE, UNSAFE_POINTER, false));
        UNSAFE.markComplete();
    }

    private static void def(Obj o) {
        SCOPE.insert(o);
    }
}

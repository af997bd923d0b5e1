package dev.jgo.abi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The types the calling convention sees. This is deliberately a small model of its own, so the
 * ABI library does not depend on the type checker: the compiler converts its types into this
 * model with one adapter. Only the shape matters for layout and assignment; element types of
 * pointer-shaped kinds are kept for spelling the type the way Go source does.
 */
public sealed interface AbiType
        permits AbiType.Basic, AbiType.Pointer, AbiType.Slice, AbiType.Interface, AbiType.MapType,
                AbiType.Chan, AbiType.Func, AbiType.Array, AbiType.Struct, AbiType.Named, AbiType.Ref {

    /** The type as Go source spells it. */
    String goString();

    /** The predeclared types, with unsafe.Pointer; byte and rune are aliases of uint8 and int32. */
    enum Basic implements AbiType {
        BOOL("bool"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"), INT("int"),
        UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), UINT64("uint64"), UINT("uint"),
        UINTPTR("uintptr"), FLOAT32("float32"), FLOAT64("float64"), COMPLEX64("complex64"),
        COMPLEX128("complex128"), STRING("string"), UNSAFE_POINTER("unsafe.Pointer");

        private final String spelling;

        Basic(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String goString() {
            return spelling;
        }

        public boolean isFloat() {
            return this == FLOAT32 || this == FLOAT64;
        }

        public boolean isComplex() {
            return this == COMPLEX64 || this == COMPLEX128;
        }
    }

    record Pointer(AbiType elem) implements AbiType {
        @Override
        public String goString() {
            return "*" + elem.goString();
        }
    }

    record Slice(AbiType elem) implements AbiType {
        @Override
        public String goString() {
            return "[]" + elem.goString();
        }
    }

    /** An interface type; the empty interface has no methods. Both kinds are two words. */
    record Interface(List<Method> methods) implements AbiType {
        public Interface {
            methods = List.copyOf(methods);
        }

        public static Interface empty() {
            return new Interface(List.of());
        }

        @Override
        public String goString() {
            if (methods.isEmpty()) return "interface{}";
            return methods.stream().map(m -> m.name() + m.signature().goString().substring("func".length()))
                    .collect(Collectors.joining("; ", "interface{ ", " }"));
        }
    }

    record Method(String name, Func signature) {}

    record MapType(AbiType key, AbiType value) implements AbiType {
        @Override
        public String goString() {
            return "map[" + key.goString() + "]" + value.goString();
        }
    }

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(ChanDir dir, AbiType elem) implements AbiType {
        @Override
        public String goString() {
            return switch (dir) {
                case BOTH -> "chan " + elem.goString();
                case SEND -> "chan<- " + elem.goString();
                case RECV -> "<-chan " + elem.goString();
            };
        }
    }

    /** A func type (one pointer word as a value); variadic means the last parameter is ...T. */
    record Func(List<AbiType> params, List<AbiType> results, boolean variadic) implements AbiType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        @Override
        public String goString() {
            StringBuilder sb = new StringBuilder("func(");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) sb.append(", ");
                AbiType p = params.get(i);
                if (variadic && i == params.size() - 1 && p instanceof Slice s) {
                    sb.append("...").append(s.elem().goString());
                } else {
                    sb.append(p.goString());
                }
            }
            sb.append(")");
            if (results.size() == 1) {
                sb.append(" ").append(results.getFirst().goString());
            } else if (results.size() > 1) {
                sb.append(results.stream().map(AbiType::goString).collect(Collectors.joining(", ", " (", ")")));
            }
            return sb.toString();
        }
    }

    record Array(long length, AbiType elem) implements AbiType {
        @Override
        public String goString() {
            return "[" + length + "]" + elem.goString();
        }
    }

    /** A struct field; an embedded one is spelled by its type alone (its name is the type's). */
    record Field(String name, AbiType type, boolean embedded) {
        public Field(String name, AbiType type) {
            this(name, type, false);
        }

        String goString() {
            return embedded ? type.goString() : name + " " + type.goString();
        }
    }

    record Struct(List<Field> fields) implements AbiType {
        public Struct {
            fields = List.copyOf(fields);
        }

        @Override
        public String goString() {
            if (fields.isEmpty()) return "struct{}";
            return fields.stream().map(Field::goString)
                    .collect(Collectors.joining("; ", "struct{ ", " }"));
        }
    }

    /** A defined type: spelled by its name, laid out and assigned as its underlying type. */
    record Named(String name, AbiType underlying) implements AbiType {
        @Override
        public String goString() {
            return name;
        }
    }

    /**
     * A defined type mentioned only by name, for spelling the element of a pointer-shaped type
     * (which is what lets recursive types such as {@code type L struct{ next *L }} be written
     * down). It has no layout of its own.
     */
    record Ref(String name) implements AbiType {
        @Override
        public String goString() {
            return name;
        }
    }
}

package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;
import dev.jgo.types.constant.Value;

/** The result of checking an expression: its mode, type, constant value and the expression itself. */
final class Operand {
    enum Mode {
        INVALID("invalid operand"), NOVALUE("no value"), BUILTIN("built-in"), TYPEXPR("type"),
        CONSTANT("constant"), VARIABLE("variable"), MAPINDEX("map index expression"), VALUE("value"),
        NILVALUE("nil"), COMMAOK("comma, ok expression");

        final String text;

        Mode(String text) {
            this.text = text;
        }
    }

    Mode mode = Mode.INVALID;
    Expr expr;
    Type type = Universe.INVALID;
    Value val;
    BuiltinId builtin;

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    Pos pos() {
        return expr == null ? Pos.NONE : Positions.start(expr);
    }

    void setConst(Type t, Value v) {
        mode = Mode.CONSTANT;
        type = t;
        val = v;
    }

    boolean isNil() {
        return mode == Mode.NILVALUE || mode == Mode.VALUE && type == Universe.UNTYPED_NIL;
    }

    void copyFrom(Operand o) {
        mode = o.mode;
        expr = o.expr;
        type = o.type;
        val = o.val;
        builtin = o.builtin;
    }

    /** gc's rendering of the operand in messages, e.g. {@code x (variable of type int)}. */
    String describe(Package local) {
        if (mode == Mode.NILVALUE) {
            return type == Universe.UNTYPED_NIL || Predicates.isInvalid(type) ? "nil"
                    : "nil (of type " + TypeString.of(type, local) + ")";
        }
        String e = expr != null ? AstPrinter.print(expr)
                : switch (mode) {
                    case BUILTIN -> builtin.goName;
                    case TYPEXPR -> TypeString.of(type, local);
                    case CONSTANT -> val.toString();
                    default -> "";
                };
        StringBuilder sb = new StringBuilder();
        if (!e.isEmpty()) sb.append(e).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
            default -> {
                if (Predicates.isUntyped(type)) sb.append(((Type.Basic) type).name()).append(' ');
                else hasType = true;
            }
        }
        sb.append(mode.text);
        if (mode == Mode.CONSTANT && val != null) {
            String s = val.toString();
            if (!s.equals(e)) sb.append(' ').append(s);
        }
        if (hasType) {
            if (Predicates.isInvalid(type)) sb.append(" with invalid type");
            else sb.append(" of type ").append(TypeString.of(type, local));
        }
        if (!e.isEmpty()) sb.append(')');
        return sb.toString();
    }
}

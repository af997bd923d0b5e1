package dev.jgo.ssa;

import static dev.jgo.ssa.Op.AuxType.*;
import static dev.jgo.ssa.Op.Flag.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machine-independent ops. Names follow gc's generic ops exactly (that is why the constants
 * are CamelCase): dumps read like gc's and gc's documentation applies. Integer and float
 * arithmetic is described by a {@link Family} and a width in bits, so passes handle a whole
 * family with one rule instead of one rule per width.
 *
 * <p>Argument conventions (argN is the N-th argument): memory is always the last argument of an
 * op that reads or writes memory; ops that write memory produce the new memory.
 */
public enum GenericOp implements Op {
    /** A freed value: its slot may be recycled and nothing may use it. */
    Invalid(0, NONE, Result.ANY),

    Const8(Family.CONST, 8), Const16(Family.CONST, 16), Const32(Family.CONST, 32), Const64(Family.CONST, 64),
    /** auxInt is the bits of a double that is exactly the float32 constant. */
    Const32F(Family.CONST_F, 32),
    /** auxInt is the bits of the double. */
    Const64F(Family.CONST_F, 64),
    ConstBool(0, BOOL, Result.BOOL),
    ConstString(0, STRING, Result.ANY),
    /** A nil pointer, map, channel or function of the value's type. */
    ConstNil(0, NONE, Result.ANY),
    ConstInterface(0, NONE, Result.ANY),
    ConstSlice(0, NONE, Result.ANY),

    Add8(Family.ADD, 8), Add16(Family.ADD, 16), Add32(Family.ADD, 32), Add64(Family.ADD, 64),
    /** arg0 (a pointer) + arg1 (an int). */
    AddPtr(2, NONE, Result.ANY),
    Sub8(Family.SUB, 8), Sub16(Family.SUB, 16), Sub32(Family.SUB, 32), Sub64(Family.SUB, 64),
    Mul8(Family.MUL, 8), Mul16(Family.MUL, 16), Mul32(Family.MUL, 32), Mul64(Family.MUL, 64),
    Div8(Family.DIV, 8), Div16(Family.DIV, 16), Div32(Family.DIV, 32), Div64(Family.DIV, 64),
    Div8u(Family.DIVU, 8), Div16u(Family.DIVU, 16), Div32u(Family.DIVU, 32), Div64u(Family.DIVU, 64),
    Mod8(Family.MOD, 8), Mod16(Family.MOD, 16), Mod32(Family.MOD, 32), Mod64(Family.MOD, 64),
    Mod8u(Family.MODU, 8), Mod16u(Family.MODU, 16), Mod32u(Family.MODU, 32), Mod64u(Family.MODU, 64),
    And8(Family.AND, 8), And16(Family.AND, 16), And32(Family.AND, 32), And64(Family.AND, 64),
    Or8(Family.OR, 8), Or16(Family.OR, 16), Or32(Family.OR, 32), Or64(Family.OR, 64),
    Xor8(Family.XOR, 8), Xor16(Family.XOR, 16), Xor32(Family.XOR, 32), Xor64(Family.XOR, 64),
    Neg8(Family.NEG, 8), Neg16(Family.NEG, 16), Neg32(Family.NEG, 32), Neg64(Family.NEG, 64),
    /** Bitwise complement. */
    Com8(Family.COM, 8), Com16(Family.COM, 16), Com32(Family.COM, 32), Com64(Family.COM, 64),

    // Shifts: arg0 of the first width shifted by arg1, an unsigned amount of the second width.
    // auxInt 1 records that the amount is known to be less than the first width.
    Lsh8x8(Family.LSH, 8, 8), Lsh8x16(Family.LSH, 8, 16), Lsh8x32(Family.LSH, 8, 32), Lsh8x64(Family.LSH, 8, 64),
    Lsh16x8(Family.LSH, 16, 8), Lsh16x16(Family.LSH, 16, 16), Lsh16x32(Family.LSH, 16, 32), Lsh16x64(Family.LSH, 16, 64),
    Lsh32x8(Family.LSH, 32, 8), Lsh32x16(Family.LSH, 32, 16), Lsh32x32(Family.LSH, 32, 32), Lsh32x64(Family.LSH, 32, 64),
    Lsh64x8(Family.LSH, 64, 8), Lsh64x16(Family.LSH, 64, 16), Lsh64x32(Family.LSH, 64, 32), Lsh64x64(Family.LSH, 64, 64),
    Rsh8x8(Family.RSH, 8, 8), Rsh8x16(Family.RSH, 8, 16), Rsh8x32(Family.RSH, 8, 32), Rsh8x64(Family.RSH, 8, 64),
    Rsh16x8(Family.RSH, 16, 8), Rsh16x16(Family.RSH, 16, 16), Rsh16x32(Family.RSH, 16, 32), Rsh16x64(Family.RSH, 16, 64),
    Rsh32x8(Family.RSH, 32, 8), Rsh32x16(Family.RSH, 32, 16), Rsh32x32(Family.RSH, 32, 32), Rsh32x64(Family.RSH, 32, 64),
    Rsh64x8(Family.RSH, 64, 8), Rsh64x16(Family.RSH, 64, 16), Rsh64x32(Family.RSH, 64, 32), Rsh64x64(Family.RSH, 64, 64),
    Rsh8Ux8(Family.RSHU, 8, 8), Rsh8Ux16(Family.RSHU, 8, 16), Rsh8Ux32(Family.RSHU, 8, 32), Rsh8Ux64(Family.RSHU, 8, 64),
    Rsh16Ux8(Family.RSHU, 16, 8), Rsh16Ux16(Family.RSHU, 16, 16), Rsh16Ux32(Family.RSHU, 16, 32), Rsh16Ux64(Family.RSHU, 16, 64),
    Rsh32Ux8(Family.RSHU, 32, 8), Rsh32Ux16(Family.RSHU, 32, 16), Rsh32Ux32(Family.RSHU, 32, 32), Rsh32Ux64(Family.RSHU, 32, 64),
    Rsh64Ux8(Family.RSHU, 64, 8), Rsh64Ux16(Family.RSHU, 64, 16), Rsh64Ux32(Family.RSHU, 64, 32), Rsh64Ux64(Family.RSHU, 64, 64),

    Eq8(Family.EQ, 8), Eq16(Family.EQ, 16), Eq32(Family.EQ, 32), Eq64(Family.EQ, 64),
    Neq8(Family.NEQ, 8), Neq16(Family.NEQ, 16), Neq32(Family.NEQ, 32), Neq64(Family.NEQ, 64),
    Less8(Family.LESS, 8), Less16(Family.LESS, 16), Less32(Family.LESS, 32), Less64(Family.LESS, 64),
    Less8U(Family.LESSU, 8), Less16U(Family.LESSU, 16), Less32U(Family.LESSU, 32), Less64U(Family.LESSU, 64),
    Leq8(Family.LEQ, 8), Leq16(Family.LEQ, 16), Leq32(Family.LEQ, 32), Leq64(Family.LEQ, 64),
    Leq8U(Family.LEQU, 8), Leq16U(Family.LEQU, 16), Leq32U(Family.LEQU, 32), Leq64U(Family.LEQU, 64),
    EqPtr(2, NONE, Result.BOOL, COMMUTATIVE), NeqPtr(2, NONE, Result.BOOL, COMMUTATIVE),
    /** Interface and slice comparison against nil (one argument is nil; the front end does the rest). */
    EqInter(2, NONE, Result.BOOL), NeqInter(2, NONE, Result.BOOL),
    EqSlice(2, NONE, Result.BOOL), NeqSlice(2, NONE, Result.BOOL),
    EqB(2, NONE, Result.BOOL, COMMUTATIVE), NeqB(2, NONE, Result.BOOL, COMMUTATIVE),
    AndB(2, NONE, Result.BOOL, COMMUTATIVE), OrB(2, NONE, Result.BOOL, COMMUTATIVE),
    Not(1, NONE, Result.BOOL),
    /** arg0 != nil for a pointer. */
    IsNonNil(1, NONE, Result.BOOL),

    Add32F(Family.ADD_F, 32), Add64F(Family.ADD_F, 64),
    Sub32F(Family.SUB_F, 32), Sub64F(Family.SUB_F, 64),
    Mul32F(Family.MUL_F, 32), Mul64F(Family.MUL_F, 64),
    Div32F(Family.DIV_F, 32), Div64F(Family.DIV_F, 64),
    Neg32F(Family.NEG_F, 32), Neg64F(Family.NEG_F, 64),
    Sqrt(Family.SQRT_F, 64),
    Eq32F(Family.EQ_F, 32), Eq64F(Family.EQ_F, 64),
    Neq32F(Family.NEQ_F, 32), Neq64F(Family.NEQ_F, 64),
    Less32F(Family.LESS_F, 32), Less64F(Family.LESS_F, 64),
    Leq32F(Family.LEQ_F, 32), Leq64F(Family.LEQ_F, 64),

    // Integer conversions: result width first, source width second.
    SignExt8to16(Family.SIGN_EXT, 16, 8), SignExt8to32(Family.SIGN_EXT, 32, 8), SignExt8to64(Family.SIGN_EXT, 64, 8),
    SignExt16to32(Family.SIGN_EXT, 32, 16), SignExt16to64(Family.SIGN_EXT, 64, 16), SignExt32to64(Family.SIGN_EXT, 64, 32),
    ZeroExt8to16(Family.ZERO_EXT, 16, 8), ZeroExt8to32(Family.ZERO_EXT, 32, 8), ZeroExt8to64(Family.ZERO_EXT, 64, 8),
    ZeroExt16to32(Family.ZERO_EXT, 32, 16), ZeroExt16to64(Family.ZERO_EXT, 64, 16), ZeroExt32to64(Family.ZERO_EXT, 64, 32),
    Trunc16to8(Family.TRUNC, 8, 16), Trunc32to8(Family.TRUNC, 8, 32), Trunc32to16(Family.TRUNC, 16, 32),
    Trunc64to8(Family.TRUNC, 8, 64), Trunc64to16(Family.TRUNC, 16, 64), Trunc64to32(Family.TRUNC, 32, 64),
    Cvt32to32F(1, NONE, Result.ANY), Cvt32to64F(1, NONE, Result.ANY), Cvt64to32F(1, NONE, Result.ANY), Cvt64to64F(1, NONE, Result.ANY),
    Cvt32Fto32(1, NONE, Result.ANY), Cvt32Fto64(1, NONE, Result.ANY), Cvt64Fto32(1, NONE, Result.ANY), Cvt64Fto64(1, NONE, Result.ANY),
    Cvt32Fto64F(1, NONE, Result.ANY), Cvt64Fto32F(1, NONE, Result.ANY),
    /** arg0 reinterpreted between unsafe.Pointer and uintptr; arg1 is memory (orders it). */
    Convert(2, NONE, Result.ANY),
    /** 0 if arg0 == 0, else all ones: masks a slice's pointer when its capacity is zero. */
    Slicemask(1, NONE, Result.ANY),

    /** Merges one argument per predecessor, in the order of the block's predecessors. */
    Phi(-1, NONE, Result.ANY),
    Copy(1, NONE, Result.ANY),
    /**
     * A reference to a variable not yet defined in this block, used while SSA is being built
     * (Braun et al.); aux is the variable. None survive construction.
     */
    FwdRef(0, SYM, Result.ANY),

    /** The memory state on entry. */
    InitMem(0, NONE, Result.MEM),
    /** A parameter as a whole value; aux is the parameter, auxInt an offset within it. */
    Arg(0, SYM_OFF, Result.ANY),
    SP(0, NONE, Result.ANY),
    /** The static base: globals are addressed from it. */
    SB(0, NONE, Result.ANY),
    /** Address of the global aux; arg0 is SB. */
    Addr(1, SYM, Result.ANY),
    /** Address of the local variable aux; arg0 is SP, arg1 memory. */
    LocalAddr(2, SYM, Result.ANY),
    /** arg0 + auxInt, both pointers. */
    OffPtr(1, INT64, Result.ANY),

    /** Loads from arg0; arg1 is memory. */
    Load(2, NONE, Result.ANY, FAULT_ON_NIL_ARG0),
    /** Stores arg1 to arg0; arg2 is memory; aux is the stored type. */
    Store(3, TYP, Result.MEM, FAULT_ON_NIL_ARG0),
    /** Zeroes auxInt bytes at arg0; arg1 is memory; aux is the type. */
    Zero(2, TYP_SIZE, Result.MEM, FAULT_ON_NIL_ARG0),
    /** Copies auxInt bytes from arg1 to arg0; arg2 is memory; aux is the type. */
    Move(3, TYP_SIZE, Result.MEM, FAULT_ON_NIL_ARG0),
    /** The variable aux is about to be fully initialized; arg0 is memory. */
    VarDef(1, SYM, Result.MEM),
    /** The variable aux must be kept live; arg0 is memory. */
    VarLive(1, SYM, Result.MEM),
    /** arg0 is kept alive until this point; arg1 is memory. */
    KeepAlive(2, NONE, Result.MEM),

    // Calls before late expansion: the arguments are whole Go values followed by memory, and
    // the result is the callee's result tuple plus memory, picked apart by SelectN.
    // aux is the CallAux, auxInt the size of the stack argument area (known after expansion).
    /** Static call of aux's function: args..., mem. */
    StaticLECall(-1, CALL_OFF, Result.RESULTS, CALL),
    /** Closure call: arg0 code pointer, arg1 closure context, args..., mem. */
    ClosureLECall(-1, CALL_OFF, Result.RESULTS, CALL),
    /** Interface method call: arg0 code pointer, args (receiver first)..., mem. */
    InterLECall(-1, CALL_OFF, Result.RESULTS, CALL),
    // The same calls after expansion: register and stack arguments laid out by the ABI.
    StaticCall(-1, CALL_OFF, Result.RESULTS, CALL),
    ClosureCall(-1, CALL_OFF, Result.RESULTS, CALL),
    InterCall(-1, CALL_OFF, Result.RESULTS, CALL),
    /** Result auxInt of the call arg0; index = number of results selects the memory. */
    SelectN(1, INT64, Result.ANY),
    /** The address of result auxInt of arg0 (for results too big to be SSA values). */
    SelectNAddr(1, INT64, Result.ANY),
    /** The results of a function, then memory: the control of a Ret block after expansion. */
    MakeResult(-1, NONE, Result.RESULTS),
    Select0(1, NONE, Result.ANY),
    Select1(1, NONE, Result.ANY),

    /** Panics if arg0 is nil; arg1 is memory. */
    NilCheck(2, NONE, Result.VOID, NIL_CHECK, SIDE_EFFECTS),
    /** 0 <= arg0 < arg1 (arg1 is known to be non-negative). */
    IsInBounds(2, NONE, Result.BOOL),
    /** 0 <= arg0 <= arg1. */
    IsSliceInBounds(2, NONE, Result.BOOL),
    /** Panics with the bounds error kind auxInt for index arg0 and length arg1; arg2 is memory. */
    PanicBounds(3, INT64, Result.MEM, CALL),
    /** The current goroutine; arg0 is memory. */
    GetG(1, NONE, Result.ANY),
    GetClosurePtr(0, NONE, Result.ANY),
    GetCallerSP(0, NONE, Result.ANY),
    GetCallerPC(0, NONE, Result.ANY),

    StringMake(2, NONE, Result.ANY), StringPtr(1, NONE, Result.ANY), StringLen(1, NONE, Result.ANY),
    SliceMake(3, NONE, Result.ANY), SlicePtr(1, NONE, Result.ANY), SliceLen(1, NONE, Result.ANY),
    SliceCap(1, NONE, Result.ANY),
    /** arg0 is the itab or type word, arg1 the data word. */
    IMake(2, NONE, Result.ANY), ITab(1, NONE, Result.ANY), IData(1, NONE, Result.ANY),
    ComplexMake(2, NONE, Result.ANY), ComplexReal(1, NONE, Result.ANY), ComplexImag(1, NONE, Result.ANY),
    /** A struct from its fields in order (gc's StructMake0..4 as one variadic op). */
    StructMake(-1, NONE, Result.ANY),
    /** Field auxInt of the struct arg0. */
    StructSelect(1, INT64, Result.ANY),
    /** An array of length 0 (no args) or 1 (arg0): longer arrays never live in SSA values. */
    ArrayMake(-1, NONE, Result.ANY),
    /** Element auxInt of the array arg0. */
    ArraySelect(1, INT64, Result.ANY);

    /** Groups the arithmetic ops whose meaning differs only by width. */
    public enum Family {
        /** Not part of a width family. */
        NONE(0, Result.ANY),
        CONST(0, Result.ANY), CONST_F(0, Result.ANY),
        ADD(2, Result.ANY, COMMUTATIVE), SUB(2, Result.ANY), MUL(2, Result.ANY, COMMUTATIVE),
        DIV(2, Result.ANY), DIVU(2, Result.ANY), MOD(2, Result.ANY), MODU(2, Result.ANY),
        AND(2, Result.ANY, COMMUTATIVE), OR(2, Result.ANY, COMMUTATIVE), XOR(2, Result.ANY, COMMUTATIVE),
        LSH(2, Result.ANY), RSH(2, Result.ANY), RSHU(2, Result.ANY),
        NEG(1, Result.ANY), COM(1, Result.ANY),
        EQ(2, Result.BOOL, COMMUTATIVE), NEQ(2, Result.BOOL, COMMUTATIVE),
        LESS(2, Result.BOOL), LESSU(2, Result.BOOL), LEQ(2, Result.BOOL), LEQU(2, Result.BOOL),
        SIGN_EXT(1, Result.ANY), ZERO_EXT(1, Result.ANY), TRUNC(1, Result.ANY),
        ADD_F(2, Result.ANY, COMMUTATIVE), SUB_F(2, Result.ANY), MUL_F(2, Result.ANY, COMMUTATIVE),
        DIV_F(2, Result.ANY), NEG_F(1, Result.ANY), SQRT_F(1, Result.ANY),
        EQ_F(2, Result.BOOL, COMMUTATIVE), NEQ_F(2, Result.BOOL, COMMUTATIVE),
        LESS_F(2, Result.BOOL), LEQ_F(2, Result.BOOL);

        final int argLen;
        final Result result;
        final Flag[] flags;

        Family(int argLen, Result result, Flag... flags) {
            this.argLen = argLen;
            this.result = result;
            this.flags = flags;
        }
    }

    private final int argLen;
    private final AuxType auxType;
    private final Result result;
    private final Set<Flag> flags;
    private final Family family;
    private final int bits;
    private final int bits2;

    GenericOp(int argLen, AuxType auxType, Result result, Flag... flags) {
        this(argLen, auxType, result, flags, Family.NONE, 0, 0);
    }

    GenericOp(Family family, int bits) {
        this(family, bits, 0);
    }

    GenericOp(Family family, int bits, int bits2) {
        this(family.argLen, familyAux(family, bits), family.result, family.flags, family, bits, bits2);
    }

    GenericOp(int argLen, AuxType auxType, Result result, Flag[] flags, Family family, int bits, int bits2) {
        this.argLen = argLen;
        this.auxType = auxType;
        this.result = result;
        this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags);
        this.family = family;
        this.bits = bits;
        this.bits2 = bits2;
    }

    private static AuxType familyAux(Family family, int bits) {
        return switch (family) {
            case CONST -> switch (bits) {
                case 8 -> INT8;
                case 16 -> INT16;
                case 32 -> INT32;
                default -> INT64;
            };
            case CONST_F -> bits == 32 ? FLOAT32 : FLOAT64;
            case LSH, RSH, RSHU -> BOOL;
            default -> NONE;
        };
    }

    @Override public int argLen() { return argLen; }
    @Override public AuxType auxType() { return auxType; }
    @Override public Result result() { return result; }
    @Override public boolean has(Flag flag) { return flags.contains(flag); }

    public Family family() { return family; }

    /** The operation's width in bits (the result's width for conversions); 0 outside families. */
    public int bits() { return bits; }

    /** The shift amount's width for shifts, the source width for conversions; else 0. */
    public int bits2() { return bits2; }

    /** Family ops by (family, bits, bits2), for {@link #of}. */
    private static final Map<List<Object>, GenericOp> BY_FAMILY = new HashMap<>();

    static {
        for (GenericOp op : values()) {
            if (op.family != Family.NONE) BY_FAMILY.put(List.of(op.family, op.bits, op.bits2), op);
        }
    }

    /** The op of the given family and widths. */
    public static GenericOp of(Family family, int bits, int bits2) {
        GenericOp op = BY_FAMILY.get(List.of(family, bits, bits2));
        if (op == null) throw new IllegalArgumentException("no " + family + " op of widths " + bits + ", " + bits2);
        return op;
    }

    public static GenericOp of(Family family, int bits) {
        return of(family, bits, 0);
    }
}

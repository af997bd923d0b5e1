package dev.jgo.ssa;

import static dev.jgo.ssa.FuncBuilder.*;
import static dev.jgo.ssa.GenericOp.*;
import static dev.jgo.ssa.SsaTypes.MEM;
import static dev.jgo.types.Universe.BOOL;
import static dev.jgo.types.Universe.INT;
import static dev.jgo.types.Universe.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.syntax.Pos;
import dev.jgo.types.Predicates;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import org.junit.jupiter.api.Test;

class GenericRulesTest {
    private static final Type PTR = new Type.Pointer(INT);

    private static Type intType(int bits) {
        return switch (bits) {
            case 8 -> Universe.INT8;
            case 16 -> Universe.INT16;
            case 32 -> Universe.INT32;
            default -> Universe.INT64;
        };
    }

    /** op applied to constants x and y (y of the shift-amount width for shifts), after opt. */
    private static String fold(GenericOp op, long x, long y) {
        Func f = new Func("f", null);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(Pos.NONE, InitMem, MEM);
        int yBits = op.bits2() != 0 ? op.bits2() : op.bits();
        Value cx = b.newValue(Pos.NONE, GenericOp.of(Family.CONST, op.bits()), intType(op.bits()), x, null);
        Value cy = b.newValue(Pos.NONE, GenericOp.of(Family.CONST, yBits), intType(yBits), y, null);
        Type t = op.result() == Op.Result.BOOL ? BOOL : intType(op.bits());
        Value v = b.newValue(Pos.NONE, op, t, cx, cy);
        b.setControl(mem);
        Check.run(f);
        Rewrite.run(f, GenericRules.INSTANCE);
        Check.run(f);
        return v.longString().replaceFirst("^v\\d+ = ", "");
    }

    private static String fold(GenericOp op, long x) {
        Func f = new Func("f", null);
        Block b = f.newBlock(GenericBlockKind.Ret);
        Value mem = b.newValue(Pos.NONE, InitMem, MEM);
        int from = op.bits2() != 0 ? op.bits2() : op.bits();
        Value cx = b.newValue(Pos.NONE, GenericOp.of(Family.CONST, from), intType(from), x, null);
        Value v = b.newValue(Pos.NONE, op, intType(op.bits()), cx);
        b.setControl(mem);
        Rewrite.run(f, GenericRules.INSTANCE);
        Check.run(f);
        return v.longString().replaceFirst("^v\\d+ = ", "");
    }

    @Test
    void arithmeticWrapsAroundAtItsWidth() {
        assertEquals("Const8 <int8> [-128]", fold(Add8, 127, 1));
        assertEquals("Const16 <int16> [32767]", fold(Sub16, -32767, 2));
        assertEquals("Const32 <int32> [-2147483648]", fold(Mul32, 1 << 30, 2));
        assertEquals("Const64 <int64> [-9223372036854775808]", fold(Add64, Long.MAX_VALUE, 1));
        assertEquals("Const8 <int8> [-128]", fold(Div8, -128, -1));
        assertEquals("Const8 <int8> [0]", fold(Mod8, -128, -1));
        assertEquals("Const8 <int8> [-3]", fold(Div8, -7, 2));
        assertEquals("Const8 <int8> [-1]", fold(Mod8, -7, 2));
        assertEquals("Const8 <int8> [127]", fold(Div8u, -2, 2), "254/2 as uint8");
        assertEquals("Const32 <int32> [1]", fold(Mod32u, -1, 2));
        assertEquals("Div64 <int64> v2 v3", fold(Div64, 5, 0), "division by zero panics at run time");
        assertEquals("Const16 <int16> [-1]", fold(Com16, 0));
        assertEquals("Const32 <int32> [-2147483648]", fold(Neg32, Integer.MIN_VALUE));
    }

    @Test
    void shiftsFollowGo() {
        assertEquals("Const64 <int64> [0]", fold(Lsh64x64, 1, 64));
        assertEquals("Const8 <int8> [-128]", fold(Lsh8x8, 1, 7));
        assertEquals("Const8 <int8> [-1]", fold(Rsh8x8, -128, -56), "amount 200 as uint8");
        assertEquals("Const8 <int8> [1]", fold(Rsh8Ux8, -128, 7));
        assertEquals("Const8 <int8> [0]", fold(Rsh8Ux64, -1, -1), "amount 2^64-1");
        assertEquals("Const32 <int32> [-4]", fold(Rsh32x16, -8, 1));
        assertEquals("Const16 <int16> [0]", fold(Lsh16x32, 1, 16));
    }

    @Test
    void comparisonsAndConversions() {
        assertEquals("ConstBool <bool> [true]", fold(Less8U, 1, -1), "1 < 255");
        assertEquals("ConstBool <bool> [false]", fold(Less8, 1, -1));
        assertEquals("ConstBool <bool> [true]", fold(Leq64U, -1, -1));
        assertEquals("ConstBool <bool> [false]", fold(Neq32, 5, 5));
        assertEquals("Const64 <int64> [255]", fold(ZeroExt8to64, -1));
        assertEquals("Const64 <int64> [-1]", fold(SignExt8to64, -1));
        assertEquals("Const32 <int32> [65535]", fold(ZeroExt16to32, -1));
        assertEquals("Const8 <int8> [-1]", fold(Trunc64to8, 0x1ff));
        assertEquals("Const16 <int16> [4660]", fold(Trunc32to16, 0x7fff1234));
    }

    /** op applied to float constants x and y of the op's width, after opt. */
    private static String foldFloat(GenericOp op, double x, double y) {
        Func f = new Func("f", null);
        Block b = f.newBlock(GenericBlockKind.Ret);
        b.setControl(b.newValue(Pos.NONE, InitMem, MEM));
        GenericOp k = op.bits() == 32 ? Const32F : Const64F;
        Type ft = op.bits() == 32 ? Universe.FLOAT32 : Universe.FLOAT64;
        Value cx = b.newValue(Pos.NONE, k, ft, Double.doubleToRawLongBits(x), null);
        Value cy = b.newValue(Pos.NONE, k, ft, Double.doubleToRawLongBits(y), null);
        Value v = b.newValue(Pos.NONE, op, op.result() == Op.Result.BOOL ? BOOL : ft, cx, cy);
        Rewrite.run(f, GenericRules.INSTANCE);
        Check.run(f);
        return v.longString().replaceFirst("^v\\d+ = ", "");
    }

    private static String convert(GenericOp op, Type from, Type to, long auxInt) {
        Func f = new Func("f", null);
        Block b = f.newBlock(GenericBlockKind.Ret);
        b.setControl(b.newValue(Pos.NONE, InitMem, MEM));
        GenericOp k = switch ((int) dev.jgo.types.Sizes.sizeof(from)) {
            case 4 -> Predicates.isFloat(from) ? Const32F : Const32;
            default -> Predicates.isFloat(from) ? Const64F : Const64;
        };
        Value v = b.newValue(Pos.NONE, op, to, b.newValue(Pos.NONE, k, from, auxInt, null));
        Rewrite.run(f, GenericRules.INSTANCE);
        Check.run(f);
        return v.longString().replaceFirst("^v\\d+ = ", "");
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    @Test
    void floatsFoldInTheirOwnPrecision() {
        assertEquals("Const32F <float32> [0.30000001192092896]", foldFloat(Add32F, 0.1f, 0.2f),
                "float32(0.1)+float32(0.2), printed as the exact double");
        assertEquals("Const64F <float64> [0.30000000000000004]", foldFloat(Add64F, 0.1, 0.2));
        assertEquals("Const64F <float64> [+Inf]", foldFloat(Div64F, 1, 0));
        assertEquals("Div64F <float64> v2 v3", foldFloat(Div64F, 0, 0), "NaN is left to run time");
        assertEquals("ConstBool <bool> [false]", foldFloat(Eq64F, Double.NaN, Double.NaN));
        assertEquals("ConstBool <bool> [true]", foldFloat(Neq64F, Double.NaN, Double.NaN));
        assertEquals("ConstBool <bool> [true]", foldFloat(Less32F, -1, 1));
    }

    @Test
    void conversionsBetweenIntegersAndFloats() {
        assertEquals("Const64F <float64> [-3]", convert(Cvt64to64F, Universe.INT64, Universe.FLOAT64, -3));
        assertEquals("Const32F <float32> [1.6777216e+07]",
                convert(Cvt32to32F, Universe.INT32, Universe.FLOAT32, (1 << 24) + 1), "rounded to float32");
        assertEquals("Const64 <int64> [-2]", convert(Cvt64Fto64, Universe.FLOAT64, Universe.INT64, bits(-2.9)));
        assertEquals("Cvt64Fto32 <int32> v2", convert(Cvt64Fto32, Universe.FLOAT64, Universe.INT32, bits(3e9)),
                "out of range: the result is not specified, so not folded");
        assertEquals("Const32F <float32> [0.10000000149011612]",
                convert(Cvt64Fto32F, Universe.FLOAT64, Universe.FLOAT32, bits(0.1)));
    }

    private static Built identities() {
        return func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuA("y", Arg, INT, 0, "y"),
                        valuI("zero", Const64, INT, 0),
                        valuI("one", Const64, INT, 1),
                        valuI("minus1", Const64, INT, -1),
                        valuI("five", Const64, INT, 5),
                        valu("addZero", Add64, INT, "x", "zero"),
                        valu("mulOne", Mul64, INT, "x", "one"),
                        valu("mulMinus1", Mul64, INT, "minus1", "x"),
                        valu("subSelf", Sub64, INT, "x", "x"),
                        valu("subConst", Sub64, INT, "x", "five"),
                        valu("xorSelf", Xor64, INT, "y", "y"),
                        valu("andSelf", And64, INT, "y", "y"),
                        valu("orAll", Or64, INT, "y", "minus1"),
                        valu("negNeg", Neg64, INT, "negX"),
                        valu("negX", Neg64, INT, "x"),
                        valu("negSub", Neg64, INT, "sub"),
                        valu("sub", Sub64, INT, "x", "y"),
                        valu("divOne", Div64, INT, "y", "one"),
                        valu("modOne", Mod64u, INT, "y", "one"),
                        valu("shiftZero", Lsh64x64, INT, "x", "zero"),
                        valu("eqSelf", Eq64, BOOL, "x", "x"),
                        valu("lessSelf", Less64, BOOL, "x", "x"),
                        valu("notLess", Not, BOOL, "less"),
                        valu("less", Less64, BOOL, "x", "y"),
                        ret("mem")));
    }

    @Test
    void algebraicIdentities() {
        Built b = identities();
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        Check.run(b.f());
        String[][] expected = {
                {"addZero", "Copy <int> v2"},
                {"mulOne", "Copy <int> v2"},
                {"mulMinus1", "Neg64 <int> v2"},
                {"subSelf", "Const64 <int> [0]"},
                {"subConst", "Add64 <int> v27 v2"},
                {"xorSelf", "Const64 <int> [0]"},
                {"andSelf", "Copy <int> v3"},
                {"orAll", "Const64 <int> [-1]"},
                {"negNeg", "Copy <int> v2"},
                {"negSub", "Sub64 <int> v3 v2"},
                {"divOne", "Copy <int> v3"},
                {"modOne", "Const64 <int> [0]"},
                {"shiftZero", "Copy <int> v2"},
                {"eqSelf", "ConstBool <bool> [true]"},
                {"lessSelf", "ConstBool <bool> [false]"},
                {"notLess", "Leq64 <bool> v3 v2"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], b.v(e[0]).longString().replaceFirst("^v\\d+ = ", ""), e[0]);
        }
        assertEquals("v27 = Const64 <int> [-5]", b.f().entry().values().getLast().longString());
    }

    /** v with constant arguments written as their values: {@code Add64 3 x}. */
    private static String shape(Built b, Value v) {
        StringBuilder sb = new StringBuilder(v.op().name());
        for (Value a : v.args()) {
            sb.append(' ');
            if (a.op() instanceof GenericOp g && g.family() == Family.CONST) sb.append(a.auxInt());
            else sb.append(b.values().entrySet().stream().filter(e -> e.getValue() == a)
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(a.toString()));
        }
        return sb.toString();
    }

    @Test
    void constantStepsAreBroughtTogether() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("x", Arg, INT, 0, "x"),
                        valuI("c1", Const64, INT, 1),
                        valuI("c2", Const64, INT, 2),
                        valuI("c10", Const64, INT, 10),
                        valuI("mask", Const64, INT, 0xff2),
                        valu("a", Add64, INT, "x", "c1"),
                        valu("b", Add64, INT, "a", "c2"),
                        valu("s", Sub64, INT, "b", "c10"),
                        valu("eq", Eq64, BOOL, "s", "c1"),
                        valu("and1", And64, INT, "x", "mask"),
                        valu("and2", And64, INT, "c10", "and1"),
                        ret("mem")));
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        Check.run(b.f());
        assertEquals("Add64 3 x", shape(b, b.v("b")));
        assertEquals("Add64 -7 x", shape(b, b.v("s")));
        assertEquals("Eq64 8 x", shape(b, b.v("eq")), "1 == x-7 is 8 == x");
        assertEquals("And64 2 x", shape(b, b.v("and2")), "10 & (0xff2 & x)");
    }

    @Test
    void addressesAreNeverNil() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valu("sb", SB, PTR),
                        valuA("g", Addr, PTR, 0, "global", "sb"),
                        valu("nil", ConstNil, PTR),
                        valu("gOk", IsNonNil, BOOL, "g"),
                        valu("nilOk", IsNonNil, BOOL, "nil"),
                        ret("mem")));
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        assertEquals("v5 = ConstBool <bool> [true]", b.v("gOk").longString());
        assertEquals("v6 = ConstBool <bool> [false]", b.v("nilOk").longString());
    }

    @Test
    void aggregatesTakenApartAfterBeingBuilt() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valu("sp", SP, PTR),
                        valuA("n", Arg, INT, 0, "n"),
                        valu("s", StringMake, STRING, "sp", "n"),
                        valu("len", StringLen, INT, "s"),
                        valuA("lit", ConstString, STRING, 0, "h\u00c3\u00a9llo"),
                        valu("litLen", StringLen, INT, "lit"),
                        valuI("off", OffPtr, PTR, 8, "inner"),
                        valuI("inner", OffPtr, PTR, 16, "sp"),
                        ret("mem")));
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        Check.run(b.f());
        assertEquals("v5 = Copy <int> v3", b.v("len").longString());
        assertEquals("v7 = Const64 <int> [6]", b.v("litLen").longString(), "len counts bytes");
        assertEquals("v8 = OffPtr <*int> [24] v2", b.v("off").longString());
    }

    @Test
    void constantBranchesAreDecidedAndTheDeadArmRemoved() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuI("one", Const64, INT, 1),
                        valuI("two", Const64, INT, 2),
                        valu("cond", Less64, BOOL, "two", "one"),
                        branch("cond", "yes", "no")),
                bloc("yes", goTo("join")),
                bloc("no", goTo("join")),
                bloc("join",
                        valu("phi", Phi, INT, "one", "two"),
                        valu("sp", SP, PTR),
                        valuA("st", Store, MEM, 0, INT, "sp", "phi", "mem"),
                        ret("st")));
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        DeadCode.run(b.f());
        PhiElim.run(b.f());
        CopyElim.run(b.f());
        DeadCode.run(b.f());
        Check.run(b.f());
        assertEquals("""
                f
                  b1:
                    (1) v1 = InitMem <mem>
                    (3) v3 = Const64 <int> [2]
                    Plain -> b3
                  b3: <- b1
                    Plain -> b4
                  b4: <- b3
                    (6) v6 = SP <*int>
                    (7) v7 = Store <mem> {int} v6 v3 v1
                    Ret v7
                """, Printer.print(b.f()));
    }

    @Test
    void negatedConditionSwapsTheBranches() {
        Built b = func("f",
                bloc("entry",
                        valu("mem", InitMem, MEM),
                        valuA("c", Arg, BOOL, 0, "c"),
                        valu("not", Not, BOOL, "c"),
                        branch("not", "yes", "no")),
                bloc("yes", ret("mem")),
                bloc("no", exit("mem")));
        b.b("entry").setLikely(Block.Likely.LIKELY);
        Rewrite.run(b.f(), GenericRules.INSTANCE);
        Check.run(b.f());
        assertEquals("If v2 -> b3 b2 (unlikely)", b.b("entry").longString());
    }
}

package dev.jgo.ssa;

import static dev.jgo.ssa.Op.AuxType.*;
import static dev.jgo.ssa.Op.Flag.*;

import dev.jgo.types.BasicKind;
import dev.jgo.types.Type;

import java.util.EnumSet;
import java.util.Set;

/**
 * The amd64 machine ops that lowering produces, named as gc names them (so dumps read like
 * gc's). One op is one instruction or a short fixed sequence the emitter expands. Register
 * constraints live with the back end (dev.jgo.amd64.lower.RegInfo); here is only what the
 * machine-independent checker and passes need. Ops ending in {@code const} take their second
 * operand from auxInt; loads and stores take an offset in auxInt and, for globals, the symbol
 * name in aux (then arg0 is SB).
 */
public enum Amd64Op implements Op {
    ADDQ(2, NONE, COMMUTATIVE), ADDL(2, NONE, COMMUTATIVE), ADDQconst(1, INT32), ADDLconst(1, INT32),
    SUBQ(2, NONE), SUBL(2, NONE),
    MULQ(2, NONE, COMMUTATIVE), MULL(2, NONE, COMMUTATIVE),
    ANDQ(2, NONE, COMMUTATIVE), ANDL(2, NONE, COMMUTATIVE), ANDQconst(1, INT32), ANDLconst(1, INT32),
    ORQ(2, NONE, COMMUTATIVE), ORL(2, NONE, COMMUTATIVE), ORQconst(1, INT32), ORLconst(1, INT32),
    XORQ(2, NONE, COMMUTATIVE), XORL(2, NONE, COMMUTATIVE), XORQconst(1, INT32), XORLconst(1, INT32),
    NEGQ(1, NONE), NEGL(1, NONE), NOTQ(1, NONE), NOTL(1, NONE),
    /** Signed and unsigned quotient and remainder (AX and DX); division by zero faults. */
    DIVQ(2, NONE), DIVL(2, NONE), DIVQU(2, NONE), DIVLU(2, NONE),
    MODQ(2, NONE), MODL(2, NONE), MODQU(2, NONE), MODLU(2, NONE),
    /**
     * Shifts by a 64-bit unsigned count in CX with Go's meaning: a count of at least the width
     * shifts everything out (0, or the sign for SAR). auxInt 1: the count is known to be small.
     */
    SHLQ(2, BOOL), SHLL(2, BOOL), SHRQ(2, BOOL), SHRL(2, BOOL), SARQ(2, BOOL), SARL(2, BOOL),
    SHLQconst(1, INT8), SHLLconst(1, INT8), SHRQconst(1, INT8), SHRLconst(1, INT8),
    SARQconst(1, INT8), SARLconst(1, INT8),

    /** Compare arg0 with arg1 (or auxInt): the result is the flags. */
    CMPQ(2, NONE), CMPL(2, NONE), CMPW(2, NONE), CMPB(2, NONE),
    CMPQconst(1, INT32), CMPLconst(1, INT32), CMPWconst(1, INT16), CMPBconst(1, INT8),
    TESTQ(2, NONE, COMMUTATIVE), TESTL(2, NONE, COMMUTATIVE), TESTB(2, NONE, COMMUTATIVE),
    UCOMISD(2, NONE), UCOMISS(2, NONE),
    /** A boolean from the flags arg0. The F forms follow a float compare (parity = unordered). */
    SETEQ(1, NONE), SETNE(1, NONE), SETL(1, NONE), SETLE(1, NONE), SETG(1, NONE), SETGE(1, NONE),
    SETB(1, NONE), SETBE(1, NONE), SETA(1, NONE), SETAE(1, NONE), SETEQF(1, NONE), SETNEF(1, NONE),

    MOVQconst(0, INT64), MOVLconst(0, INT32), MOVSDconst(0, FLOAT64), MOVSSconst(0, FLOAT32),
    ADDSD(2, NONE, COMMUTATIVE), ADDSS(2, NONE, COMMUTATIVE), SUBSD(2, NONE), SUBSS(2, NONE),
    MULSD(2, NONE, COMMUTATIVE), MULSS(2, NONE, COMMUTATIVE), DIVSD(2, NONE), DIVSS(2, NONE),
    SQRTSD(1, NONE),
    /** Flip the sign bit (through a general scratch register: no constant pool needed). */
    NEGSD(1, NONE), NEGSS(1, NONE),

    MOVBQSX(1, NONE), MOVBQZX(1, NONE), MOVWQSX(1, NONE), MOVWQZX(1, NONE), MOVLQSX(1, NONE), MOVLQZX(1, NONE),
    CVTSQ2SD(1, NONE), CVTSL2SD(1, NONE), CVTSQ2SS(1, NONE), CVTSL2SS(1, NONE),
    CVTTSD2SQ(1, NONE), CVTTSD2SL(1, NONE), CVTTSS2SQ(1, NONE), CVTTSS2SL(1, NONE),
    CVTSD2SS(1, NONE), CVTSS2SD(1, NONE),

    /** Loads from auxInt+arg0 (aux: global symbol, arg0 SB); arg1 memory. B and W zero-extend. */
    MOVQload(2, SYM_OFF, FAULT_ON_NIL_ARG0), MOVLload(2, SYM_OFF, FAULT_ON_NIL_ARG0),
    MOVWload(2, SYM_OFF, FAULT_ON_NIL_ARG0), MOVBload(2, SYM_OFF, FAULT_ON_NIL_ARG0),
    MOVSDload(2, SYM_OFF, FAULT_ON_NIL_ARG0), MOVSSload(2, SYM_OFF, FAULT_ON_NIL_ARG0),
    /** Stores arg1 at auxInt+arg0; arg2 memory. */
    MOVQstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0), MOVLstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0),
    MOVWstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0), MOVBstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0),
    MOVSDstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0), MOVSSstore(3, SYM_OFF, Result.MEM, FAULT_ON_NIL_ARG0),
    /** auxInt+arg0: a global (aux symbol name, arg0 SB), a local (aux the variable, arg0 SP), or a pointer. */
    LEAQ(1, SYM_OFF),
    /** Zeroes auxInt bytes at arg0; arg1 memory. */
    LoweredZero(2, INT64, Result.MEM, FAULT_ON_NIL_ARG0),
    /** Copies auxInt bytes from arg1 to arg0; arg2 memory. */
    LoweredMove(3, INT64, Result.MEM, FAULT_ON_NIL_ARG0),
    /** Zeroes auxInt bytes (a multiple of 16, 64 < n ≤ 1024) at arg0 (DI) with runtime.duffzero; arg1 memory. */
    DUFFZERO(2, INT64, Result.MEM),
    /** Copies auxInt bytes (a multiple of 16, 64 < n ≤ 1024) from arg1 (SI) to arg0 (DI) with runtime.duffcopy. */
    DUFFCOPY(3, INT64, Result.MEM),
    /** Zeroes auxInt bytes (a multiple of 8, over 1024) at arg0 (DI) with REP STOSQ; arg1 memory. */
    REPSTOSQ(2, INT64, Result.MEM),
    /** Copies auxInt bytes (a multiple of 8, over 1024) from arg1 (SI) to arg0 (DI) with REP MOVSQ. */
    REPMOVSQ(3, INT64, Result.MEM),

    /**
     * Calls after late call expansion: the register arguments (in the order the aux's
     * {@code CallAux.abi} lists their registers), then memory; stack arguments were stored into
     * the outgoing area before. CALLclosure takes the code pointer and context (DX) first,
     * CALLinter the code pointer first. The type is the result tuple; SelectN [len] is the memory.
     */
    CALLstatic(-1, CALL_OFF, Result.RESULTS, CALL), CALLclosure(-1, CALL_OFF, Result.RESULTS, CALL),
    CALLinter(-1, CALL_OFF, Result.RESULTS, CALL),
    /** Register result auxInt of the call arg0, in the register its CallRegs names. */
    CallResult(1, INT64),
    /** Incoming register argument piece: auxInt the register's index in its sequence, aux its ParamSlot. */
    ArgIntReg(0, SYM_OFF), ArgFloatReg(0, SYM_OFF),
    /** g, which lives in R14 in ABIInternal code; arg0 memory. */
    LoweredGetG(1, NONE),
    /** The closure context, DX on entry. */
    LoweredGetClosurePtr(0, NONE),
    /** The caller's SP (the address of the argument area) and the return address. */
    LoweredGetCallerSP(0, NONE), LoweredGetCallerPC(0, NONE),
    /** Faults if arg0 is nil (reads a byte through it); arg1 memory. */
    LoweredNilCheck(2, NONE, Result.VOID, NIL_CHECK, SIDE_EFFECTS),
    /**
     * A failed bounds check: calls the runtime's panic function for the bounds kind auxInt with
     * the index and the length in the registers gc uses for that kind (A: DX, BX; B: CX, DX;
     * C: AX, CX); arg2 memory.
     */
    LoweredPanicBoundsA(3, INT64, Result.MEM, CALL), LoweredPanicBoundsB(3, INT64, Result.MEM, CALL),
    LoweredPanicBoundsC(3, INT64, Result.MEM, CALL);

    /** The type of the flags register, the result of compares (recognized by identity). */
    public static final Type.Basic FLAGS = new Type.Basic(BasicKind.INVALID, "flags");

    private final int argLen;
    private final AuxType auxType;
    private final Result result;
    private final Set<Flag> flags;

    Amd64Op(int argLen, AuxType auxType, Flag... flags) {
        this(argLen, auxType, Result.ANY, flags);
    }

    Amd64Op(int argLen, AuxType auxType, Result result, Flag... flags) {
        this.argLen = argLen;
        this.auxType = auxType;
        this.result = result;
        this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags);
    }

    @Override public int argLen() { return argLen; }
    @Override public AuxType auxType() { return auxType; }
    @Override public Result result() { return result; }
    @Override public boolean has(Flag flag) { return flags.contains(flag); }

    /** Conditional branches on the flags control, named as gc names its amd64 block kinds. */
    public enum Branch implements BlockKind {
        EQ, NE, LT, LE, GT, GE, ULT, ULE, UGT, UGE,
        /** After a float compare: equal and ordered / unequal or unordered. */
        EQF, NEF;

        @Override public int controls() { return 1; }
        @Override public int successors() { return 2; }
    }
}

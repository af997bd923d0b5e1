package dev.jgo.amd64.lower;

import static dev.jgo.ssa.Amd64Op.*;

import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Amd64Op.Branch;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;

/**
 * Rules over machine ops: constants into immediates, address arithmetic into the offsets of
 * loads, stores and LEAQ, and a boolean that decides a branch fused with its compare into a
 * conditional block kind. The flags value is never kept in a register: the emitter repeats the
 * compare right before each user, so fusing never has to prove the flags survive.
 */
final class MachineRules {
    private MachineRules() {}

    static boolean fold(Value v, Amd64Op op) {
        return switch (op) {
            case ADDQ, ADDL, ANDQ, ANDL, ORQ, ORL, XORQ, XORL -> immediate(v, constOf(op), true);
            case SUBQ -> subConst(v, ADDQconst);
            case SUBL -> subConst(v, ADDLconst);
            case CMPQ, CMPL, CMPW, CMPB -> immediate(v, constOf(op), false);
            case MOVQload, MOVLload, MOVWload, MOVBload, MOVSDload, MOVSSload,
                 MOVQstore, MOVLstore, MOVWstore, MOVBstore, MOVSDstore, MOVSSstore, LEAQ -> address(v);
            default -> false;
        };
    }

    private static Amd64Op constOf(Amd64Op op) {
        return switch (op) {
            case ADDQ -> ADDQconst; case ADDL -> ADDLconst; case ANDQ -> ANDQconst; case ANDL -> ANDLconst;
            case ORQ -> ORQconst; case ORL -> ORLconst; case XORQ -> XORQconst; case XORL -> XORLconst;
            case CMPQ -> CMPQconst; case CMPL -> CMPLconst; case CMPW -> CMPWconst; default -> CMPBconst;
        };
    }

    private static boolean isConst(Value c) {
        return c.op() == MOVQconst || c.op() == MOVLconst;
    }

    /** The constant as the 32-bit immediate of an op of this width, or null when it does not fit. */
    private static Long imm(Value c, Amd64Op op) {
        long x = c.auxInt();
        return switch (op) {
            case CMPBconst -> (long) (byte) x;
            case CMPWconst -> (long) (short) x;
            case ADDLconst, ANDLconst, ORLconst, XORLconst, CMPLconst -> (long) (int) x;
            default -> x == (int) x ? x : null;
        };
    }

    /** op x (const c) → opconst [c] x, and for commutative ops also op (const c) x. */
    private static boolean immediate(Value v, Amd64Op k, boolean commutative) {
        for (int i = 1; i >= (commutative ? 0 : 1); i--) {
            Value c = v.arg(i), x = v.arg(1 - i);
            if (!isConst(c)) continue;
            Long n = imm(c, k);
            if (n == null) continue;
            Lower.set(v, k, x);
            v.setAuxInt(n);
            return true;
        }
        return false;
    }

    private static boolean subConst(Value v, Amd64Op add) {
        Value c = v.arg(1);
        if (!isConst(c) || c.auxInt() == Long.MIN_VALUE) return false;
        Long n = imm(c, add);
        if (n == null || n == Integer.MIN_VALUE) return false;
        Lower.set(v, add, v.arg(0));
        v.setAuxInt(-n);
        return true;
    }

    /** (LEAQ [c] {s} p) or (ADDQconst [c] p) as the address of a memory op: fold c (and s). */
    private static boolean address(Value v) {
        Value p = v.arg(0);
        long c;
        Object sym = null;
        if (p.op() == ADDQconst) {
            c = p.auxInt();
        } else if (p.op() == LEAQ && (p.aux() == null || v.aux() == null)) {
            c = p.auxInt();
            sym = p.aux();
        } else {
            return false;
        }
        long off = v.auxInt() + c;
        if (off != (int) off) return false;
        v.setArg(0, p.arg(0));
        v.setAuxInt(off);
        if (sym != null) v.setAux(sym);
        return true;
    }

    /** If (SETcc flags) → the matching branch on flags; If b for any other boolean tests it. */
    static boolean fuseBranch(Block b) {
        if (!Lower.isIf(b)) return false;
        Value c = b.control(0);
        // A generic control other than a phi or parameter is lowered first, maybe into a SETcc.
        if (c.op() instanceof GenericOp g && g != GenericOp.Phi && g != GenericOp.Arg) return false;
        Branch k = switch (c.op()) {
            case SETEQ -> Branch.EQ; case SETNE -> Branch.NE; case SETL -> Branch.LT; case SETLE -> Branch.LE;
            case SETG -> Branch.GT; case SETGE -> Branch.GE; case SETB -> Branch.ULT; case SETBE -> Branch.ULE;
            case SETA -> Branch.UGT; case SETAE -> Branch.UGE; case SETEQF -> Branch.EQF; case SETNEF -> Branch.NEF;
            default -> null;
        };
        Value flags = k != null ? c.arg(0) : Lower.flags(c, TESTB, 0, c, c);
        b.reset(k != null ? k : Branch.NE);
        b.setControl(flags);
        return true;
    }
}

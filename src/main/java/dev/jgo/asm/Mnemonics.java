package dev.jgo.asm;

import dev.jgo.amd64.Op;
import dev.jgo.amd64.Shape;
import java.util.HashMap;
import java.util.Map;

/**
 * Instruction names of Go's amd64 assembler that jgo's instruction model implements: every
 * {@link Op} under its own name, plus gc's alternate spellings (JE for JEQ, JA for JHI, MOVD for
 * MOVQ, UNDEF for UD2, …). {@link Op#LABEL} and {@link Op#INT3} are jgo's own names, which Go
 * source cannot use.
 */
final class Mnemonics {
    private static final Map<String, Op> OPS = new HashMap<>();

    static {
        for (Op op : Op.values()) {
            if (op != Op.LABEL && op != Op.INT3) OPS.put(op.name(), op);
        }
        alias(Op.JHI, "JA", "JNBE");
        alias(Op.JCC, "JAE", "JHS", "JNB", "JNC");
        alias(Op.JCS, "JB", "JC", "JLO", "JNAE");
        alias(Op.JLS, "JBE", "JNA");
        alias(Op.JEQ, "JE", "JZ");
        alias(Op.JNE, "JNZ");
        alias(Op.JGT, "JG", "JNLE");
        alias(Op.JGE, "JNL");
        alias(Op.JLT, "JL", "JNGE");
        alias(Op.JLE, "JNG");
        alias(Op.JOC, "JNO");
        alias(Op.JOS, "JO");
        alias(Op.JPC, "JNP", "JPO");
        alias(Op.JPS, "JP", "JPE");
        alias(Op.JPL, "JNS");
        alias(Op.JMI, "JS");
        alias(Op.MOVQ, "MOVD", "MOVDQ2Q");
        alias(Op.MOVO, "MOVOA");
        alias(Op.UD2, "UNDEF");
    }

    private Mnemonics() {}

    private static void alias(Op op, String... names) {
        for (String n : names) OPS.put(n, op);
    }

    /** The Op for an instruction name, or null if jgo does not know it. */
    static Op lookup(String name) {
        return OPS.get(name);
    }

    static boolean isBranch(Op op) {
        return op == Op.JMP || op == Op.CALL || op.shape() instanceof Shape.JumpCC;
    }
}

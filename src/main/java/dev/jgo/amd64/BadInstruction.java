package dev.jgo.amd64;

/**
 * An instruction whose operands have no encoding (a wrong operand kind, an immediate that does not
 * fit, an unknown label). For code jgo generates this is a compiler bug; an assembler reading
 * user source turns it into a diagnostic at {@link #prog()}'s position.
 */
public final class BadInstruction extends IllegalArgumentException {
    private final transient Prog prog;

    public BadInstruction(Prog prog, String why) {
        super(Plan9.where(prog.pos()) + ": " + why + ": " + Plan9.instruction(prog, l -> "L" + l.id()));
        this.prog = prog;
    }

    public Prog prog() {
        return prog;
    }
}

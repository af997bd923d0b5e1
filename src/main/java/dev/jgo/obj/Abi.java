package dev.jgo.obj;

/**
 * The calling convention a function symbol follows. One Go function may exist in both ABIs at
 * once (its body in one, an ABI wrapper in the other), so a function symbol is identified by
 * its name and its ABI together. Data symbols have no ABI.
 */
public enum Abi {
    /** The stack-based convention that assembly code keeps using. */
    ABI0("ABI0"),
    /** Go's register-based convention, used by compiled Go code. */
    INTERNAL("ABIInternal");

    private final String goName;

    Abi(String goName) {
        this.goName = goName;
    }

    /** The ABI's name as gc spells it in assembly listings and symbol dumps. */
    @Override
    public String toString() {
        return goName;
    }
}

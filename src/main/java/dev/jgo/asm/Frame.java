package dev.jgo.asm;

/**
 * The stack frame the assembler gives a function, decided as gc's assembler decides it.
 * {@code locals} is the declared frame size (negative counts as 0). A frame-pointer save slot of 8
 * bytes is added at the top unless the function is NOFRAME, or it has no locals and is NOSPLIT or
 * makes no call. {@code size} is what the prologue subtracts from SP.
 *
 * <p>Offsets: the pseudo-register FP is the address of the first argument, above the return
 * address: {@code x+off(FP)} is {@code off+size+8(SP)}. The pseudo-register SP is the top of the
 * locals, below the saved frame pointer: {@code x-off(SP)} is {@code locals-off(SP)}. Both are
 * further from SP by {@code pushed}, the bytes PUSHQ/POPQ/ADJSP have moved SP so far.
 */
record Frame(int locals, int bpSave, int size, boolean nosplit) {
    /** gc's StackSmall: frames up to this size need only compare SP with the stack guard. */
    static final int STACK_SMALL = 128;
    /** gc's StackBig: up to this size SP minus the frame cannot wrap around. */
    static final int STACK_BIG = 4096;

    /**
     * @param hasCall whether the function has a CALL
     * @param onlyLightCalls whether every CALL goes to a runtime panic function that uses no stack
     *     before its own check (panicdivide, panicshift, panicwrap, panicIndex*, panicSlice*)
     */
    static Frame of(TextHeader text, boolean hasCall, boolean onlyLightCalls) {
        int locals = (int) Math.max(0, text.frame());
        boolean nosplit = text.has(TextFlags.NOSPLIT);
        boolean bp = !text.has(TextFlags.NOFRAME) && !(locals == 0 && (nosplit || !hasCall));
        int size = locals + (bp ? 8 : 0);
        // A leaf function with a small frame cannot overflow the guard area: gc marks it NOSPLIT.
        boolean leaf = !hasCall || onlyLightCalls && size < STACK_SMALL - 8;
        if (leaf && size < STACK_SMALL) nosplit = true;
        return new Frame(locals, bp ? 8 : 0, size, nosplit);
    }

    /** The runtime calls gc does not count against a leaf function. */
    static boolean isLightRuntimeCall(String symbol) {
        return symbol.equals("runtime.panicdivide") || symbol.equals("runtime.panicwrap") || symbol.equals("runtime.panicshift")
                || symbol.startsWith("runtime.panicIndex") || symbol.startsWith("runtime.panicSlice");
    }

    long fp(long offset, int pushed) {
        return offset + size + 8 + pushed;
    }

    long sp(long offset, int pushed) {
        return offset + locals + pushed;
    }
}

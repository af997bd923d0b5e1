package dev.jgo.asm;

import dev.jgo.amd64.Code;
import dev.jgo.amd64.Plan9;
import dev.jgo.amd64.Prog;
import dev.jgo.obj.Abi;
import java.util.ArrayList;
import java.util.List;

/**
 * One assembled TEXT: its header, the frame size the prologue allocates (frame-pointer slot
 * included), whether it has a stack check, the instructions including the inserted prologue,
 * epilogues and morestack call, their machine code and the PCDATA/FUNCDATA seen.
 */
public record AsmFunction(TextHeader text, int frameSize, boolean nosplit, List<Prog> progs, Code code,
                          List<FuncData> funcData) {
    /** gc's funcID for wrapper functions, which listings print. */
    private static final int FUNC_ID_WRAPPER = 0x15;

    public AsmFunction {
        progs = List.copyOf(progs);
        funcData = List.copyOf(funcData);
    }

    /** A listing in the layout of {@code go tool asm -S}. */
    public String listing() {
        List<String> flags = new ArrayList<>(TextFlags.names(text.flags() | (nosplit ? TextFlags.NOSPLIT : 0)));
        if (text.ref().abi() == Abi.INTERNAL) flags.add("ABIInternal");
        long args = text.argSize() == TextHeader.ARGS_UNKNOWN ? 0 : text.argSize();
        int funcId = text.has(TextFlags.WRAPPER) ? FUNC_ID_WRAPPER : 0;
        return Plan9.function(new Plan9.Text(text.ref().name(), text.pos(), flags, frameSize, args, funcId), progs, code);
    }
}

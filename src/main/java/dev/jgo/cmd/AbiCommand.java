package dev.jgo.cmd;

import dev.jgo.abi.Arch;
import dev.jgo.abi.Assigner;
import dev.jgo.abi.Assignment;
import dev.jgo.abi.AssignmentFormat;
import dev.jgo.abi.Signature;
import dev.jgo.abi.gotypes.SignatureSource;
import dev.jgo.syntax.Diagnostics;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jgo tool abi}: shows where a call passes each receiver, argument and result of a Go
 * signature (registers or stack offsets, spill slots), as gc does on the chosen architecture.
 */
@Command(name = "abi", description = "print how a Go function's arguments and results are passed")
public final class AbiCommand implements Callable<Integer> {
    @Option(names = "-arch", paramLabel = "amd64|arm64|ppc64le|riscv64", defaultValue = "amd64",
            description = "target architecture (default: ${DEFAULT-VALUE})")
    String arch;

    @Option(names = "-abi", paramLabel = "register|stack", defaultValue = "register",
            description = "register: ABIInternal, the convention of Go functions; stack: ABI0, that of assembly"
                    + " (default: ${DEFAULT-VALUE})")
    String abi;

    @Option(names = "-json", description = "print JSON (schema in docs/abi.md)")
    boolean json;

    @Parameters(paramLabel = "SIG", description = "a func type after the declarations it uses, such as"
            + " 'type T struct{a, b int}; func(t T) error', or a declaration such as 'func (r *T) m(x int) bool'")
    String sig;

    @Override
    public Integer call() {
        Arch target = Arch.byGoarch(arch);
        if (target == null) {
            String known = Arrays.stream(Arch.values()).map(Arch::goarch).collect(Collectors.joining(", "));
            return usage("unknown architecture " + arch + " (known: " + known + ")");
        }
        Assigner assigner = switch (abi) {
            case "register" -> Assigner.abiInternal(target);
            case "stack" -> Assigner.abi0();
            default -> null;
        };
        if (assigner == null) return usage("unknown ABI " + abi + " (known: register, stack)");
        Diagnostics diags = new Diagnostics();
        Signature signature = SignatureSource.read(sig, diags);
        if (signature == null) return ErrorPrinter.print(diags, System.err);
        Assignment a = assigner.assign(signature);
        System.out.print(json ? AssignmentFormat.json(a) + "\n" : AssignmentFormat.text(a));
        return 0;
    }

    private static int usage(String message) {
        System.err.println("jgo tool abi: " + message);
        return 1;
    }
}

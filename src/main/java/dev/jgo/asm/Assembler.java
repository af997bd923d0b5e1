package dev.jgo.asm;

import dev.jgo.obj.Abi;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.LineTable;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.ArgInfo;
import dev.jgo.obj.StackMaps;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.SpDeltas;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Plan 9 (Go) assembler for amd64: reads one {@code .s} file and produces the symbols it
 * defines. Each TEXT becomes a function symbol (ABI0, or ABIInternal where selected in package
 * runtime) with its machine code, relocations and line table; each GLOBL a data symbol. Errors go
 * to the given {@link Diagnostics} as {@code file:line: message}; when there are any, the result
 * should not be used.
 */
public final class Assembler {
    /** The macros the go command defines (-D) when it assembles for linux/amd64 with GOAMD64=v1. */
    public static final Map<String, String> BUILD_DEFINES = Map.of("GOOS_linux", "1", "GOARCH_amd64", "1", "GOAMD64_v1", "1");

    /**
     * @param pkgPath the import path of the package the file belongs to ({@code ·name} means pkgPath.name)
     * @param compilingRuntime whether this is package runtime, which alone may use ABI selectors
     * @param includeDirs where {@code #include} looks after the including file's directory
     *     (jgo's own textflag.h is in src/main/go/include)
     * @param defines predefined object-like macros, name to value (like gc's -D name=value)
     * @param frameChecker checks FP references against Go declarations
     */
    public record Options(String pkgPath, boolean compilingRuntime, List<Path> includeDirs, Map<String, String> defines,
                          FrameChecker frameChecker) {
        public Options {
            includeDirs = List.copyOf(includeDirs);
            defines = Map.copyOf(defines);
        }

        /** What a build uses: the go command's defines and no declaration check yet. */
        public static Options build(String pkgPath, boolean compilingRuntime, List<Path> includeDirs) {
            return new Options(pkgPath, compilingRuntime, includeDirs, BUILD_DEFINES, FrameChecker.NONE);
        }
    }

    /**
     * Whether the go command assembles a package with {@code -compiling-runtime} (allowing ABI
     * selectors): runtime, reflect, syscall, internal/bytealg and runtime/internal/*.
     */
    public static boolean isRuntimePackage(String pkgPath) {
        return switch (pkgPath) {
            case "runtime", "reflect", "syscall", "internal/bytealg" -> true;
            default -> pkgPath.startsWith("runtime/internal");
        };
    }

    /** The symbols of one file, and the functions in detail (for listings and runtime tables). */
    public record Result(List<Symbol> symbols, List<AsmFunction> functions) {
        public Result {
            symbols = List.copyOf(symbols);
            functions = List.copyOf(functions);
        }
    }

    private final Context ctx;
    private final DataBuilder data;
    private final List<AsmFunction> functions = new ArrayList<>();
    private FunctionBuilder current;

    private Assembler(Context ctx) {
        this.ctx = ctx;
        this.data = new DataBuilder(ctx);
    }

    public static Result assemble(Path file, Options options, Diagnostics diagnostics) {
        Context ctx = new Context(options.pkgPath(), String.valueOf(file.getFileName()), options.compilingRuntime(),
                new References(), new FloatPool(),
                options.frameChecker(), diagnostics);
        Assembler a = new Assembler(ctx);
        List<Token> tokens;
        try {
            tokens = Preprocessor.run(file, options.includeDirs(), options.defines());
        } catch (AsmError e) {
            ctx.error(e);
            return new Result(List.of(), List.of());
        }
        Statement.split(tokens, a::statement, ctx::error);
        a.endFunction();
        return a.result();
    }

    private void statement(Statement s) {
        if (s.label() != null) {
            if (current != null) current.label(s);
            return;
        }
        switch (s.op()) {
            case "TEXT" -> {
                endFunction();
                current = new FunctionBuilder(text(s), ctx);
            }
            case "DATA" -> data.data(s);
            case "GLOBL" -> data.globl(s);
            default -> {
                // gc ignores instructions before the first TEXT.
                if (current != null) current.add(s);
            }
        }
    }

    private void endFunction() {
        if (current == null) return;
        AsmFunction f = current.finish();
        if (f != null) functions.add(f);
        current = null;
    }

    /** {@code TEXT sym(SB), [flags,] $frame[-args]}. */
    private TextHeader text(Statement s) {
        int n = s.operands().size();
        if (n != 2 && n != 3) throw new AsmError(s.pos(), "expect two or three operands for TEXT");
        Arg sym = Pseudo.symbol("TEXT", s.operands().getFirst(), s.pos(), false);
        String name = ctx.symbolName(sym);
        Names.checkSelector(sym, name, ctx.compilingRuntime(), s.pos());
        long flags = n == 3 ? Pseudo.integer("TEXT", s.operands().get(1), s.pos()) : 0;
        Cursor c = new Cursor(s.operands().get(n - 1), s.pos());
        String badFrame = "TEXT " + name + ": frame size must be an immediate constant";
        if (!c.next().is("$")) throw new AsmError(s.pos(), badFrame);
        boolean negative = c.peek().is("-");
        if (negative) c.next();
        if (c.peek().kind() != Token.Kind.INT) throw new AsmError(s.pos(), badFrame);
        long frame = Expr.parseInt(c.next());
        if (frame < 0 || frame > Integer.MAX_VALUE) throw new AsmError(s.pos(), "TEXT " + name + ": frame size too large");
        long args = TextHeader.ARGS_UNKNOWN;
        if (!c.atEnd()) {
            if (!c.next().is("-") || c.peek().kind() != Token.Kind.INT)
                throw new AsmError(s.pos(), "TEXT " + name + ": argument size must be of form -integer");
            args = Expr.parseInt(c.next());
            if (!c.atEnd() || args < 0 || args > Integer.MAX_VALUE)
                throw new AsmError(s.pos(), "TEXT " + name + ": argument size must be of form -integer");
        }
        Abi abi = sym.sel() == Arg.Selector.ABIINTERNAL ? Abi.INTERNAL : Abi.ABI0;
        if (abi == Abi.INTERNAL && (flags & TextFlags.NOSPLIT) == 0)
            throw new AsmError(s.pos(), "TEXT \"" + name + "\": ABIInternal requires NOSPLIT");
        if (!ctx.refs().defineFunction(name, abi)) throw new AsmError(s.pos(), "duplicate TEXT for " + name);
        return new TextHeader(SymRef.func(name, abi), s.pos(), (int) flags, negative ? -frame : frame, args,
                sym.sel() == Arg.Selector.STATIC);
    }

    private Result result() {
        List<Symbol> symbols = new ArrayList<>();
        for (AsmFunction f : functions) symbols.add(symbol(f));
        symbols.addAll(data.symbols(ctx.refs()));
        symbols.addAll(ctx.floats().symbols());
        return new Result(symbols, functions);
    }

    private Symbol symbol(AsmFunction f) {
        TextHeader t = f.text();
        LineTable.Builder lines = new LineTable.Builder();
        List<Prog> progs = f.progs();
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (p.pos().isKnown() && f.code().pc(i) < f.code().pc(i + 1)) lines.set(f.code().pc(i), p.pos().file(), p.pos().line());
        }
        long args = t.argSize() == TextHeader.ARGS_UNKNOWN ? 0 : t.argSize();
        FuncInfo info = new FuncInfo((int) args, f.frameSize(), lines.build(), SpDeltas.of(progs, f.code()), StackMaps.NONE,
                ArgInfo.NONE);
        List<SymFlag> flags = new ArrayList<>();
        if (t.has(TextFlags.DUPOK)) flags.add(SymFlag.DUPOK);
        if (f.nosplit()) flags.add(SymFlag.NOSPLIT);
        if (t.has(TextFlags.WRAPPER)) flags.add(SymFlag.WRAPPER);
        if (t.has(TextFlags.ABIWRAPPER)) flags.add(SymFlag.ABIWRAPPER);
        if (t.has(TextFlags.TOPFRAME)) flags.add(SymFlag.TOPFRAME);
        if (t.fileLocal()) flags.add(SymFlag.LOCAL);
        byte[] code = f.code().bytes().clone();
        List<Reloc> relocs = ctx.refs().relocs(f.code().fixups(), code);
        return Symbol.text(t.ref().name(), t.ref().abi(), code, relocs, info, flags.toArray(SymFlag[]::new));
    }
}

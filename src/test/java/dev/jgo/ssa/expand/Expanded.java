package dev.jgo.ssa.expand;

import static dev.jgo.ssa.GenericOp.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.ParamSlot;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Check;
import dev.jgo.ssa.CopyElim;
import dev.jgo.ssa.DeadCode;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Value;
import dev.jgo.ssagen.SsaGen;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Test helpers: Go source through ssagen and the pass table, then late call expansion (checked);
 * and a compact description of what the expansion produced — where each incoming piece, call
 * argument and result travels — so tests read like the ABI assignment they must follow.
 */
final class Expanded {
    private Expanded() {}

    /** The type-checked package of one Go file (errors fail the test). */
    record Program(Package pkg, File file) {}

    static Program check(String src) {
        Diagnostics diags = new Diagnostics();
        File file = Parser.parse("prog.go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("main", List.of(file), (path, pos) -> null, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return new Program(p, file);
    }

    /** Every function of src built and optimized, expanded with cfg, checked; by name. */
    /** A function after expansion and what the pass reported about it. */
    record Result(Func f, ExpandCalls.Expanded expanded) {}

    static Map<String, Result> compile(String src, boolean stack) {
        return compile(src, (name, adapter) -> stack ? ExpandConfig.stack(adapter) : ExpandConfig.registers(adapter));
    }

    /** Like compile(src, stack), with the configuration of each function (by name) chosen by config. */
    static Map<String, Result> compile(String src, BiFunction<String, TypeAdapter, ExpandConfig> config) {
        Program prog = check(src);
        Diagnostics diags = new Diagnostics();
        List<Func> funcs = SsaGen.compile(prog.pkg(), List.of(prog.file()), PassOptions.DEFAULT.withCheck(true), diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        TypeAdapter adapter = new TypeAdapter(prog.pkg());
        Map<String, Result> byName = new LinkedHashMap<>();
        for (Func f : funcs) {
            ExpandCalls.Expanded e = ExpandCalls.run(f, config.apply(f.name(), adapter));
            Check.run(f);
            CopyElim.run(f);
            DeadCode.run(f);
            Check.run(f);
            byName.put(f.name(), new Result(f, e));
        }
        return byName;
    }

    /**
     * One line per incoming piece ({@code in AX x+40}: register and spill slot, {@code in stack
     * g+0}), per call ({@code call main.add(AX BX) stack[0 8] -> (AX) stack[24] argSize 112}) and
     * per return ({@code ret (AX BX) stack[24 32]}).
     */
    static String describe(Func f) {
        List<String> lines = new ArrayList<>();
        List<Value> ins = new ArrayList<>();
        for (Value v : f.entry().values()) if (v.aux() instanceof ParamSlot) ins.add(v);
        ins.sort(Comparator.comparing((Value v) -> v.op() == Arg).thenComparingLong(v -> ((ParamSlot) v.aux()).offset()));
        for (Value v : ins) lines.add("in " + (v.op() == Arg ? "stack" : reg(v)) + " " + v.aux());
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == Move && v.arg(1).op() == OffPtr && v.arg(1).arg(0).op() == GetCallerSP) {
                    lines.add("in memory +" + v.arg(1).auxInt() + " " + dev.jgo.ssa.SsaTypes.toString((dev.jgo.types.Type) v.aux()));
                }
            }
        }
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == StaticCall || v.op() == ClosureCall || v.op() == InterCall) lines.add(call(f, v));
            }
            if (b.kind() == GenericBlockKind.Ret) lines.add(ret(b.control(0)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String reg(Value v) {
        return (v.op() == Amd64Op.ArgFloatReg ? Regs.FLOAT_ARGS : Regs.INT_ARGS).get((int) v.auxInt()).name();
    }

    private static String call(Func f, Value c) {
        CallAux aux = (CallAux) c.aux();
        CallRegs regs = (CallRegs) aux.abi();
        String target = regs.target() == null ? c.op().name() : regs.target().toString();
        List<Long> loads = new ArrayList<>();
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.op() == Load && v.arg(1).op() == SelectN && v.arg(1).arg(0) == c) loads.add(offset(v.arg(0)));
                if (v.op() == Move && v.arg(1).op() == OffPtr && v.arg(1).arg(0).op() == SP
                        && callMemory(v.arg(2)) == c) {
                    loads.add(v.arg(1).auxInt());
                }
            }
        }
        loads.sort(null);
        return "call " + target + "(" + names(regs.args()) + ")" + stack(stores(c.args().getLast(), SP))
                + " -> (" + names(regs.results()) + ")" + stack(loads) + " argSize " + c.auxInt();
    }

    /** The call whose memory mem is, looking through VarDefs (which write nothing). */
    private static Value callMemory(Value mem) {
        while (mem.op() == VarDef || mem.op() == Copy) mem = mem.arg(0);
        return mem.op() == SelectN ? mem.arg(0) : null;
    }

    private static String ret(Value m) {
        List<Value> regs = m.args().subList(0, m.argCount() - 1);
        return "ret " + regs.size() + " regs" + stack(stores(m.args().getLast(), GetCallerSP));
    }

    /** The offsets the memory chain ending in mem stores to, relative to base (SP or the caller's SP). */
    private static List<Long> stores(Value mem, dev.jgo.ssa.Op base) {
        List<Long> offs = new ArrayList<>();
        while ((mem.op() == Store || mem.op() == Move) && mem.arg(0).op() == OffPtr && mem.arg(0).arg(0).op() == base) {
            offs.add(offset(mem.arg(0)));
            mem = mem.args().getLast();
        }
        offs.sort(null);
        return offs;
    }

    private static long offset(Value p) {
        return p.op() == OffPtr ? p.auxInt() : 0;
    }

    private static String stack(List<Long> offs) {
        return offs.isEmpty() ? "" : " stack" + offs;
    }

    private static String names(List<?> regs) {
        return regs.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
}

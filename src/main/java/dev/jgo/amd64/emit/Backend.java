package dev.jgo.amd64.emit;

import dev.jgo.amd64.Code;
import dev.jgo.amd64.Encoder;
import dev.jgo.amd64.Fixup;
import dev.jgo.amd64.Plan9;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.SpDeltas;
import dev.jgo.amd64.Tls;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.Lower;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.obj.Abi;
import dev.jgo.obj.ArgInfo;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.LineTable;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.StackMaps;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.regalloc.Allocation;
import dev.jgo.regalloc.RegAlloc;
import dev.jgo.regalloc.Schedule;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Check;
import dev.jgo.ssa.CopyElim;
import dev.jgo.ssa.CriticalEdges;
import dev.jgo.ssa.DeadCode;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PhiElim;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The amd64 back end for one function, after the machine-independent passes and late call
 * expansion: lower, clean up, split critical edges, schedule, allocate registers, lay out the
 * frame, emit Progs, assemble, and wrap the code as a text symbol of the shape's ABI with relocations
 * and a line table.
 */
public final class Backend {
    private Backend() {}

    /** The compiled function: its symbol, and the Progs and code it came from (for listings). */
    public record Compiled(Symbol symbol, List<Prog> progs, Code code, long frameSize, boolean nosplit, boolean closure) {
        /** The function as {@code go tool compile -S} lists it. */
        public String listing(String symbolName, long argSize) {
            List<String> flags = new ArrayList<>();
            if (symbol.has(SymFlag.DUPOK)) flags.add("DUPOK");
            if (nosplit) flags.add("NOSPLIT");
            if (closure) flags.add("NEEDCTXT");
            if (symbol.has(SymFlag.ABIWRAPPER)) flags.add("ABIWRAPPER");
            flags.add(symbol.ref().abi() == Abi.ABI0 ? "ABI0" : "ABIInternal");
            Pos pos = progs.stream().map(Prog::pos).filter(Pos::isKnown).findFirst().orElse(Pos.NONE);
            return Plan9.function(new Plan9.Text(symbolName, pos, flags, frameSize, argSize, 0), progs, code);
        }
    }

    /** Runs the lowering and the machine passes on f (checking the SSA after each), then emits it. */
    public static Compiled compile(Func f, FuncShape shape) {
        Map<Object, Long> locals = Frame.locals(f);
        Allocation alloc = allocate(f, shape);
        Emitter emitter = new Emitter(f, shape, alloc, locals);
        List<Prog> progs = emitter.emit();
        Code code = Encoder.assemble(progs, Encoder.Padding.JUMPS);
        boolean nosplit = !emitter.checksStack();
        FuncInfo info = new FuncInfo((int) shape.argSize(), (int) emitter.frame().size(), lines(progs, code),
                SpDeltas.of(progs, code), StackMaps.NONE, ArgInfo.NONE);
        byte[] bytes = code.bytes();
        List<Reloc> relocs = relocs(f, code, bytes);
        Symbol sym = nosplit
                ? Symbol.text(shape.name(), shape.abi(), bytes, relocs, info, SymFlag.NOSPLIT)
                : Symbol.text(shape.name(), shape.abi(), bytes, relocs, info);
        return new Compiled(sym, progs, code, emitter.frame().size(), nosplit, shape.closure());
    }

    /** Lowers f, cleans up, splits critical edges, schedules each block and allocates registers. */
    public static Allocation allocate(Func f, FuncShape shape) {
        Check.run(f);
        Lower.run(f);
        // A phi with one distinct argument is a copy: regalloc copies phis only on jumps.
        PhiElim.run(f);
        CopyElim.run(f);
        DeadCode.run(f);
        CriticalEdges.run(f);
        Check.run(f);
        Map<Block, List<Value>> orders = new LinkedHashMap<>();
        for (Block b : f.blocks()) orders.put(b, Schedule.order(b));
        return RegAlloc.run(f, shape, orders);
    }

    /** Fixups as object relocations: calls name their callee with its ABI, data references data. */
    private static List<Reloc> relocs(Func f, Code code, byte[] bytes) {
        Map<String, SymRef> functions = new HashMap<>();
        functions.put("runtime.morestack", SymRef.func("runtime.morestack", Abi.ABI0));
        functions.put("runtime.morestack_noctxt", SymRef.func("runtime.morestack_noctxt", Abi.ABI0));
        for (Block b : f.blocks()) {
            for (Value v : b.values()) {
                if (v.aux() instanceof CallAux c && c.abi() instanceof CallRegs r && r.target() != null) {
                    functions.put(r.target().name(), r.target());
                }
            }
        }
        List<Reloc> relocs = new ArrayList<>();
        for (Fixup x : code.fixups()) {
            Reloc r = switch (x.kind()) {
                case CALL_PC32 -> new Reloc(x.offset(), RelocType.CALL,
                        functions.getOrDefault(x.symbol(), SymRef.func(x.symbol(), Abi.INTERNAL)), x.addend());
                case PC32 -> new Reloc(x.offset(), RelocType.PCREL32,
                        functions.getOrDefault(x.symbol(), SymRef.data(x.symbol())), x.addend());
                case ABS64 -> new Reloc(x.offset(), RelocType.ADDR64, SymRef.data(x.symbol()), x.addend());
                case TLS_LE -> {
                    Tls.resolve(bytes, x.offset());
                    yield null;
                }
            };
            if (r != null) relocs.add(r);
        }
        return relocs;
    }

    private static LineTable lines(List<Prog> progs, Code code) {
        LineTable.Builder b = new LineTable.Builder();
        for (int i = 0; i < progs.size(); i++) {
            Prog p = progs.get(i);
            if (p.pos().isKnown()) b.set(code.pc(i), p.pos().file(), p.pos().line());
        }
        return b.build();
    }
}

package dev.jgo.amd64.lower;

import dev.jgo.abi.Assignment;
import dev.jgo.abi.Layout;
import dev.jgo.amd64.Reg;
import dev.jgo.obj.SymRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the ABI library's assignment of a signature into what the back end reads: the
 * {@link FuncShape} of the function being compiled and the {@link CallRegs} of a call. Register
 * parts are taken in assignment order, which is the order late call expansion passes them.
 */
public final class AbiShapes {
    private AbiShapes() {}

    public static FuncShape function(String name, Assignment a, boolean closure, boolean nosplit) {
        List<FuncShape.RegParam> params = new ArrayList<>();
        for (Assignment.Item item : a.params()) {
            if (!(item.location() instanceof Assignment.InRegisters r)) continue;
            long spill = r.spillOffset().orElseThrow();
            for (Assignment.Part p : r.parts()) {
                params.add(new FuncShape.RegParam(reg(p), new ParamSlot(item.name(), spill + p.offset(), (int) Layout.size(p.type()))));
            }
        }
        return new FuncShape(name, params, registers(a.results()), a.argSize(), closure, nosplit);
    }

    public static CallRegs call(SymRef target, Assignment a) {
        return new CallRegs(target, registers(a.params()), registers(a.results()));
    }

    /** The ParamSlot of the i-th register parameter piece, the aux of its ArgIntReg/ArgFloatReg. */
    public static ParamSlot paramSlot(FuncShape shape, int i) {
        return shape.params().get(i).slot();
    }

    private static List<Reg> registers(List<Assignment.Item> items) {
        List<Reg> regs = new ArrayList<>();
        for (Assignment.Item item : items) {
            if (item.location() instanceof Assignment.InRegisters r) {
                for (Assignment.Part p : r.parts()) regs.add(reg(p));
            }
        }
        return regs;
    }

    private static Reg reg(Assignment.Part p) {
        return Reg.valueOf(p.register().name());
    }
}

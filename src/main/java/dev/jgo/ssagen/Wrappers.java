package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Func;
import dev.jgo.ssa.Value;
import dev.jgo.types.Info;
import dev.jgo.types.MethodSets;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The method wrappers gc generates for the defined types of a package: (*T).m for every method m
 * of *T's method set that is not declared with receiver *T (a value method, called through a
 * pointer; a promoted method, found through embedded fields), and T.m for every promoted method
 * of T's method set; for a defined interface type I, I.m for each of its methods (calling
 * through the interface). Interfaces call them (an itab's functions take the data word, a
 * pointer for types that are not pointer-shaped) and method expressions name them.
 */
final class Wrappers {
    private final SsaGen gen;

    private Wrappers(SsaGen gen) {
        this.gen = gen;
    }

    /** The wrappers of every defined type declared at package level in pkg. */
    static List<Func> of(SsaGen gen, Package pkg) {
        Wrappers w = new Wrappers(gen);
        List<Func> out = new ArrayList<>();
        for (Obj o : pkg.scope().objects()) {
            if (!(o instanceof Obj.TypeName tn) || !(tn.type() instanceof Type.Named n) || n.obj() != tn) continue;
            if (Interfaces.isInterface(n)) {
                for (Info.Selection sel : MethodSets.of(n)) out.add(w.wrapper(tn, n, sel));
                continue;
            }
            Type ptr = new Type.Pointer(n);
            for (Info.Selection sel : MethodSets.of(ptr)) {
                if (sel.index().size() == 1 && ((Obj.Func) sel.obj()).hasPtrRecv()) continue;
                out.add(w.wrapper(tn, ptr, sel));
            }
            for (Info.Selection sel : MethodSets.of(n)) {
                if (sel.index().size() > 1) out.add(w.wrapper(tn, n, sel));
            }
        }
        return out;
    }

    /** The wrapper for method sel of receiver type recv (T or *T of tn's type). */
    private Func wrapper(Obj.TypeName tn, Type recv, Info.Selection sel) {
        Obj.Func m = (Obj.Func) sel.obj();
        Type.Signature ms = m.signature();
        Obj.Var rv = Obj.Var.of(tn.pos(), "recv", tn.pkg(), recv);
        Type.Signature sig = new Type.Signature(rv, ms.params(), ms.results(), ms.variadic());
        String full = MethodTables.function(recv, m.name());
        FuncGen g = new FuncGen(gen, full.substring(SsaGen.symbolPrefix(tn.pkg()).length() + 1), sig, tn.pos());
        Exprs x = SsaGen.exprs(g);
        Value r = g.v(Arg, recv, 0, rv);
        List<Value> args = new ArrayList<>();
        for (Obj.Var p : ms.params().vars()) args.add(g.v(Arg, p.type(), 0, p));

        Type t = tn.type();
        Value p;
        boolean throughPointer = recv instanceof Type.Pointer;
        if (Interfaces.isInterface(t)) {
            p = r;
        } else if (throughPointer) {
            p = r;
            if (sel.index().size() == 1) nilReceiverCheck(g, tn, m, p);
        } else {
            p = g.spill(r, recv);
        }
        for (int fi : sel.index().subList(0, sel.index().size() - 1)) {
            if (throughPointer) g.nilCheck(p);
            Type.Struct st = (Type.Struct) t.underlying();
            Type ft = st.fields().get(fi).type();
            Value fp = g.v(OffPtr, new Type.Pointer(ft), Sizes.offsetsof(st)[fi], null, p);
            if (ft instanceof Type.Pointer pt) {
                p = g.load(ft, fp);
                t = pt.elem();
                throughPointer = true;
            } else {
                p = fp;
                t = ft;
            }
        }
        List<Value> results;
        if (Interfaces.isInterface(t) && sel.index().size() == 1) {
            results = new Interfaces(g).call(p, t, m, args);
        } else if (Calls.isInterfaceMethod(m)) {
            if (throughPointer) g.nilCheck(p);
            results = new Interfaces(g).call(g.load(t, p), t, m, args);
        } else {
            Value recvArg = p;
            if (!m.hasPtrRecv()) {
                if (throughPointer) g.nilCheck(p);
                recvArg = g.load(ms.recv().type(), p);
            }
            args.addFirst(recvArg);
            results = g.call(gen.funcSym(m), args);
        }
        new Stmts(g, x, sig, List.of()).exitWith(results);
        g.finish();
        return g.f;
    }

    /** A value method called through a nil *T panics with gc's panicwrap message. */
    private static void nilReceiverCheck(FuncGen g, Obj.TypeName tn, Obj.Func m, Value p) {
        String pkg = tn.pkg().name();
        String msg = "value method " + pkg + "." + tn.name() + "." + m.name() + " called using nil *" + tn.name() + " pointer";
        Value nil = g.f.constant(g.pos, ConstNil, p.type(), 0);
        g.check(g.v(NeqPtr, dev.jgo.types.Universe.BOOL, p, nil), "panicwrap", g.constString(dev.jgo.types.Universe.STRING, msg));
    }
}

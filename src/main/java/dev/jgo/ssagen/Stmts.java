package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Spec;
import dev.jgo.syntax.Stmt;
import dev.jgo.syntax.Token;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements. Control flow becomes blocks and edges; every block is sealed as soon as all its
 * predecessors are known (loop headers after the back edge, break targets after the loop), label
 * blocks when the function ends. After a return, goto, break or panic the current block is gone
 * and statements are skipped until a label starts a new one, as gc does.
 */
final class Stmts {
    private final FuncGen g;
    private final Exprs x;
    private final Type.Signature sig;
    private final List<Obj.Var> namedResults;

    /** An enclosing breakable statement: its label (or null), break and continue targets. */
    private record Target(String label, Block brk, Block cont) {}

    private final Deque<Target> targets = new ArrayDeque<>();
    private final Map<String, Block> labels = new HashMap<>();
    /** The label of the statement about to be lowered, for labelled break/continue. */
    private String pendingLabel;
    /** The body block that fallthrough goes to, per switch clause being lowered. */
    private Block fallthroughTo;

    Stmts(FuncGen g, Exprs x, Type.Signature sig, List<Obj.Var> namedResults) {
        this.g = g;
        this.x = x;
        this.sig = sig;
        this.namedResults = namedResults;
    }

    void block(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    void stmt(Stmt s) {
        if (g.cur == null && !(s instanceof Stmt.Labeled)) return;
        g.pos = s.pos();
        String label = pendingLabel;
        pendingLabel = null;
        switch (s) {
            case Stmt.Empty e -> {}
            case Stmt.Block b -> block(b.stmts());
            case Stmt.ExprStmt e -> exprStmt(e.x());
            case Stmt.Assign a -> assign(a);
            case Stmt.IncDec i -> opAssign(i.x(), i.inc() ? Token.ADD : Token.SUB, null);
            case Stmt.DeclStmt d -> decl(d.decl());
            case Stmt.Return r -> ret(r);
            case Stmt.If i -> ifStmt(i);
            case Stmt.For f -> forStmt(f, label);
            case Stmt.Range r -> new Ranges(g, x, this).range(r, label);
            case Stmt.Switch sw -> switchStmt(sw, label);
            case Stmt.TypeSwitch ts -> new TypeSwitches(g, x, this).lower(ts, label);
            case Stmt.Labeled l -> labeled(l);
            case Stmt.Branch b -> branch(b);
            case Stmt.Defer d -> g.defers.defer(d, x);
            default -> throw Unsupported.of(s);
        }
    }

    private void exprStmt(Expr e) {
        if (Exprs.unparen(e) instanceof Expr.Call c) x.calls.results(c);
        else x.expr(e);
    }

    // ---- variables and assignment

    /** Declares local v with initial value init (null: the zero value). */
    void declare(Obj.Var v, Value init) {
        if (v == null) return;
        Type t = v.type();
        if (g.heapVars.contains(v)) {
            Value p = g.v(Copy, new Type.Pointer(t), g.newObject(t));
            g.write(v, p);
            if (init != null) g.store(t, p, init);
        } else if (g.frameVars.contains(v)) {
            g.setMem(g.v(VarDef, SsaTypes.MEM, 0, v, g.mem()));
            Value p = g.localAddr(v, t);
            if (init != null) g.store(t, p, init);
            else g.zeroMem(t, p);
        } else {
            g.write(v, init != null ? init : g.zero(t));
        }
    }

    /** Where an assignment stores: an SSA variable, an address, a map entry, or nowhere (the blank identifier). */
    record Place(Obj.Var var, Value addr, Type type, Maps.Slot slot) {
        static final Place BLANK = new Place(null, null, null);

        Place(Obj.Var var, Value addr, Type type) {
            this(var, addr, type, null);
        }
    }

    Place place(Expr lhs) {
        if (Exprs.unparen(lhs) instanceof Expr.Ident id) {
            if (id.name().equals("_")) return Place.BLANK;
            Obj.Var v = (Obj.Var) g.info.objectOf(id);
            return x.inMemory(id) ? new Place(null, x.addr(id), v.type()) : new Place(v, null, v.type());
        }
        if (Maps.isMapIndex(x, lhs)) return new Place(null, null, x.typeOf(lhs), new Maps(g, x).slot(lhs));
        return new Place(null, x.addr(lhs), x.typeOf(lhs));
    }

    void assignTo(Place p, Value v) {
        if (p.var() != null) g.write(p.var(), v);
        else if (p.slot() != null) p.slot().store(v);
        else if (p.addr() != null) g.store(p.type(), p.addr(), v);
    }

    private void assign(Stmt.Assign a) {
        if (a.op() != Token.ASSIGN && a.op() != Token.DEFINE) {
            opAssign(a.lhs().getFirst(), binaryOf(a.op()), a.rhs().getFirst());
            return;
        }
        List<Value> vals = new ArrayList<>();
        List<Type> types = a.lhs().stream().map(this::targetType).toList();
        if (a.op() == Token.DEFINE) {
            values(a.rhs(), types, vals);
            readAll(vals);
            for (int i = 0; i < a.lhs().size(); i++) {
                Expr.Ident id = (Expr.Ident) a.lhs().get(i);
                if (g.info.defs.get(id) instanceof Obj.Var v) declare(v, vals.get(i));
                else if (!id.name().equals("_")) assignTo(place(id), vals.get(i));
            }
            return;
        }
        // The right side is evaluated before the left side's index and nil checks, as gc does,
        // unless the left side makes calls, which must come first.
        boolean lhsCalls = a.lhs().stream().anyMatch(Stmts::hasCall);
        if (!lhsCalls) values(a.rhs(), types, vals);
        List<Place> places = new ArrayList<>();
        for (Expr l : a.lhs()) places.add(place(l));
        if (lhsCalls) values(a.rhs(), types, vals);
        readAll(vals);
        for (int i = 0; i < places.size(); i++) assignTo(places.get(i), vals.get(i));
    }

    /**
     * Tuple assignment reads every right side before the first store: values still in memory
     * (x, y = y, x of arrays) are copied to temporaries, as gc does. The first is stored first.
     */
    private void readAll(List<Value> vals) {
        for (int i = 1; i < vals.size(); i++) vals.set(i, g.stable(vals.get(i), vals.get(i).type()));
    }

    static boolean hasCall(Expr e) {
        boolean[] found = {false};
        Locals.walk(e, n -> found[0] |= n instanceof Expr.Call);
        return found[0];
    }

    /** The type an assignment to lhs converts to; null for the blank identifier. */
    private Type targetType(Expr lhs) {
        if (Exprs.unparen(lhs) instanceof Expr.Ident id) {
            return g.info.objectOf(id) instanceof Obj.Var v ? v.type() : null;
        }
        return x.typeOf(lhs);
    }

    /**
     * The values of rhs for variables of the given types (null: no conversion): one each,
     * converted to the variable's type, or the results of one multi-valued call.
     */
    void values(List<Expr> rhs, List<Type> types, List<Value> out) {
        if (rhs.size() == 1 && types.size() > 1) {
            List<Value> results = multiValue(rhs.getFirst());
            for (int i = 0; i < results.size(); i++) {
                Value v = results.get(i);
                out.add(types.get(i) == null ? v : x.valueAs(v, v.type(), types.get(i)));
            }
            return;
        }
        for (int i = 0; i < rhs.size(); i++) {
            Type t = types.get(i);
            out.add(t == null ? x.expr(rhs.get(i)) : x.exprAs(rhs.get(i), t));
        }
    }

    /** The values of a multi-valued expression: a call, or the comma-ok form of v[k] or x.(T). */
    private List<Value> multiValue(Expr e) {
        if (Maps.isMapIndex(x, e)) return new Maps(g, x).access2(e);
        if (Exprs.unparen(e) instanceof Expr.TypeAssert ta) {
            return new Interfaces(g).assertion(x.expr(ta.x()), x.typeOf(ta.x()), x.typeOf(ta.type()), true);
        }
        if (!(Exprs.unparen(e) instanceof Expr.Call c)) throw new Unsupported(e.pos(), "comma-ok expression");
        return x.calls.results(c);
    }

    /** lhs op= rhs (rhs null: ++/--): the place is evaluated once. */
    private void opAssign(Expr lhs, Token op, Expr rhs) {
        Place p = place(lhs);
        Type t = p.type();
        Value old = p.var() != null ? g.read(p.var(), t) : p.slot() != null ? p.slot().load() : g.load(t, p.addr());
        Value r;
        if (op == Token.SHL || op == Token.SHR) {
            r = x.ops.shift(op, t, old, rhs);
        } else {
            Value y = rhs == null ? oneOf(t) : x.expr(rhs);
            g.pos = lhs.pos();
            r = Kinds.isString(t) ? x.ops.concat(List.of(old, y)) : x.ops.arith(op, t, old, y, rhs == null);
        }
        assignTo(p, r);
    }

    private Value oneOf(Type t) {
        if (Kinds.isFloat(t)) return g.floatConst(t, 1);
        if (Kinds.isComplex(t)) {
            Type part = Kinds.complexPart(t);
            return g.v(ComplexMake, t, g.floatConst(part, 1), g.floatConst(part, 0));
        }
        return g.constInt(t, 1);
    }

    private static Token binaryOf(Token assignOp) {
        return switch (assignOp) {
            case ADD_ASSIGN -> Token.ADD;
            case SUB_ASSIGN -> Token.SUB;
            case MUL_ASSIGN -> Token.MUL;
            case QUO_ASSIGN -> Token.QUO;
            case REM_ASSIGN -> Token.REM;
            case AND_ASSIGN -> Token.AND;
            case OR_ASSIGN -> Token.OR;
            case XOR_ASSIGN -> Token.XOR;
            case SHL_ASSIGN -> Token.SHL;
            case SHR_ASSIGN -> Token.SHR;
            default -> Token.AND_NOT;
        };
    }

    private void decl(Decl.GenDecl d) {
        if (d.tok() != Token.VAR) return;
        for (Spec s : d.specs()) {
            Spec.Value vs = (Spec.Value) s;
            List<Value> vals = new ArrayList<>();
            if (!vs.values().isEmpty()) values(vs.values(), vs.names().stream().map(this::targetType).toList(), vals);
            for (int i = 0; i < vs.names().size(); i++) {
                Obj.Var v = (Obj.Var) g.info.defs.get(vs.names().get(i));
                declare(v, vals.isEmpty() ? null : vals.get(i));
            }
        }
    }

    // ---- control flow

    private void ret(Stmt.Return r) {
        List<Value> vals = new ArrayList<>();
        if (r.results().isEmpty()) {
            for (Obj.Var v : namedResults) vals.add(readVar(v));
        } else {
            List<Type> types = new ArrayList<>();
            for (int i = 0; i < sig.results().size(); i++) types.add(sig.results().at(i));
            values(r.results(), types, vals);
        }
        g.pos = r.pos();
        exitWith(vals);
    }

    Value readVar(Obj.Var v) {
        if (g.heapVars.contains(v)) return g.load(v.type(), g.read(v, new Type.Pointer(v.type())));
        if (g.frameVars.contains(v)) return g.load(v.type(), g.localAddr(v, v.type()));
        return g.read(v, v.type());
    }

    /** Ends the current block with a return of vals. */
    void exitWith(List<Value> vals) {
        if (g.defers != null) vals = g.defers.returning(vals);
        Value[] args = new Value[vals.size() + 1];
        vals.toArray(args);
        args[vals.size()] = g.mem();
        Value res = g.v(MakeResult, sig.results(), args);
        g.cur.reset(GenericBlockKind.Ret);
        g.cur.setControl(res);
        g.cur = null;
    }

    private void ifStmt(Stmt.If s) {
        if (s.init() != null) stmt(s.init());
        Block yes = g.newBlock(), no = g.newBlock();
        Block end = s.els() == null ? no : g.newBlock();
        x.cond(s.cond(), yes, no, Block.Likely.UNKNOWN);
        g.startSealed(yes);
        block(s.then().stmts());
        g.jump(end);
        if (s.els() != null) {
            g.startSealed(no);
            stmt(s.els());
            g.jump(end);
        }
        g.startSealed(end);
    }

    private void forStmt(Stmt.For f, String label) {
        if (f.init() != null) stmt(f.init());
        Block header = g.newBlock(), body = g.newBlock(), incr = g.newBlock(), end = g.newBlock();
        g.jump(header);
        g.start(header);
        if (f.cond() != null) x.cond(f.cond(), body, end, Block.Likely.LIKELY);
        else g.jump(body);
        g.startSealed(body);
        loopBody(label, end, incr, f.body().stmts());
        g.jump(incr);
        g.startSealed(incr);
        if (f.post() != null) stmt(f.post());
        g.jump(header);
        g.seal(header);
        g.startSealed(end);
    }

    /** Lowers a loop body with break going to brk and continue to cont. */
    void loopBody(String label, Block brk, Block cont, List<Stmt> stmts) {
        targets.push(new Target(label, brk, cont));
        block(stmts);
        targets.pop();
    }

    private void switchStmt(Stmt.Switch sw, String label) {
        if (sw.init() != null) stmt(sw.init());
        Value tag = sw.tag() == null ? null : x.expr(sw.tag());
        Type tagType = sw.tag() == null ? null : x.typeOf(sw.tag());
        Block end = g.newBlock();
        List<Block> bodies = new ArrayList<>();
        Block dflt = end;
        for (Stmt.CaseClause cc : sw.clauses()) {
            Block body = g.newBlock();
            bodies.add(body);
            if (cc.list() == null || cc.list().isEmpty()) dflt = body;
            for (Expr e : cc.list() == null ? List.<Expr>of() : cc.list()) {
                Block next = g.newBlock();
                g.pos = e.pos();
                if (tag == null) {
                    x.cond(e, body, next, Block.Likely.UNKNOWN);
                } else {
                    Value eq;
                    if (Kinds.canSSA(tagType)) {
                        Value c = x.exprAs(e, tagType);
                        g.pos = e.pos();
                        eq = x.ops.compare(Token.EQL, tagType, tag, c);
                    } else {
                        eq = x.ops.compareMem(Token.EQL, tagType, g.spill(tag, tagType), x.addrOrSpill(e));
                    }
                    g.branch(eq, body, next, Block.Likely.UNKNOWN);
                }
                g.startSealed(next);
            }
        }
        g.jump(dflt);
        Block outerFallthrough = fallthroughTo;
        targets.push(new Target(label, end, null));
        for (int i = 0; i < bodies.size(); i++) {
            g.startSealed(bodies.get(i));
            fallthroughTo = i + 1 < bodies.size() ? bodies.get(i + 1) : null;
            block(sw.clauses().get(i).body());
            g.jump(end);
        }
        targets.pop();
        fallthroughTo = outerFallthrough;
        g.startSealed(end);
    }

    private void labeled(Stmt.Labeled l) {
        Block b = labelBlock(l.label().name());
        g.jump(b);
        g.start(b);
        pendingLabel = l.label().name();
        stmt(l.stmt());
    }

    /** The block of label name; every blank label _ gets its own (nothing can jump to it). */
    private Block labelBlock(String name) {
        if (name.equals("_")) return g.newBlock();
        return labels.computeIfAbsent(name, n -> g.newBlock());
    }

    private void branch(Stmt.Branch b) {
        String name = b.label() == null ? null : b.label().name();
        switch (b.kind()) {
            case GOTO -> g.jump(labelBlock(name));
            case FALLTHROUGH -> g.jump(fallthroughTo);
            case BREAK -> g.jump(find(name, false).brk());
            default -> g.jump(find(name, true).cont());
        }
    }

    private Target find(String label, boolean needsContinue) {
        for (Target t : targets) {
            if (label == null ? !needsContinue || t.cont() != null : label.equals(t.label())) return t;
        }
        throw new Unsupported(g.pos, "branch target");
    }
}

package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Spec;
import dev.jgo.syntax.Stmt;
import dev.jgo.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the branch statements of one function body: labels defined once and used, goto not
 * jumping into blocks or over variable declarations, break/continue/fallthrough placement.
 * gc does this in its parser; the wording is gc's.
 */
final class Labels {
    private final Checker c;
    private final Map<String, Label> labels = new HashMap<>();

    private static final class Label {
        final Stmt.Labeled stmt;
        final Block block;
        boolean used;

        Label(Stmt.Labeled stmt, Block block) {
            this.stmt = stmt;
            this.block = block;
        }
    }

    /** A block of statements; lstmt is the labeled statement the block belongs to, if any. */
    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

    /** What unlabeled break and continue refer to; caseIndex is the enclosing switch case, or -1. */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex, int ncases) {}

    private Labels(Checker c) {
        this.c = c;
    }

    static void check(Checker c, Stmt.Block body) {
        new Labels(c).run(body);
    }

    private void run(Stmt.Block body) {
        List<Stmt.Branch> fwd = blockBranches(null, new Targets(null, null, -1, 0), null, body.pos(), body.stmts());
        for (Stmt.Branch g : fwd) {
            String name = g.label().name();
            Label l = labels.get(name);
            if (l != null) {
                l.used = true;
                c.error(g.label(), "goto " + name + " jumps into block starting at " + l.block.start());
            } else {
                c.error(g.label(), "label " + name + " not defined");
            }
        }
        labels.values().stream().filter(l -> !l.used).map(l -> l.stmt.label())
                .forEach(id -> c.error(id, "label " + id.name() + " defined and not used"));
    }

    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent()) {
            if (l.stmt == b.lstmt()) return l.stmt;
        }
        return INVALID;
    }

    private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, new Expr.Ident(Pos.NONE, "_"), null);

    private Label gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        for (; b != null; b = b.parent()) {
            if (l.block == b) return l;
        }
        return null;
    }

    private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        Pos[] varPos = {null};
        String[] varName = {null};
        List<Stmt.Branch> fwd = new ArrayList<>();
        List<Stmt.Branch> bad = new ArrayList<>();
        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof Stmt.Empty) n--;
        for (int idx = 0; idx < n; idx++) {
            Stmt st = body.get(idx);
            Stmt.Labeled cur = null;
            while (st instanceof Stmt.Labeled ls) {
                String name = ls.label().name();
                if (!name.equals("_")) {
                    Label old = labels.get(name);
                    if (old != null) {
                        c.error(ls.label(), "label " + name + " already defined at " + old.stmt.label().pos());
                    } else {
                        labels.put(name, new Label(ls, b));
                    }
                    Label l = labels.get(name);
                    for (int i = 0; i < fwd.size(); i++) {
                        Stmt.Branch g = fwd.get(i);
                        if (!g.label().name().equals(name)) continue;
                        l.used = true;
                        if (varPos[0] != null && bad.contains(g)) {
                            c.error(g.label(), "goto " + name + " jumps over declaration of " + varName[0] + " at " + varPos[0]);
                        }
                        fwd.remove(i--);
                    }
                    cur = ls;
                }
                st = ls.stmt();
            }
            Stmt.Labeled lab = cur;
            switch (st) {
                case Stmt.DeclStmt d when d.decl().tok() == Token.VAR && !d.decl().specs().isEmpty() -> {
                    Expr.Ident first = ((Spec.Value) d.decl().specs().get(0)).names().get(0);
                    varPos[0] = first.pos();
                    varName[0] = first.name();
                    bad.clear();
                    bad.addAll(fwd);
                }
                case Stmt.Assign a when a.op() == Token.DEFINE -> {
                    varPos[0] = a.opPos();
                    varName[0] = AstPrinter.print(a.lhs());
                    bad.clear();
                    bad.addAll(fwd);
                }
                case Stmt.Branch br -> branch(br, b, ctxt, idx, n, fwd);
                case Stmt.Block blk -> fwd.addAll(blockBranches(b, new Targets(ctxt.breaks(), ctxt.continues(), -1, 0), lab, blk.pos(), blk.stmts()));
                case Stmt.If s -> {
                    Targets t = new Targets(ctxt.breaks(), ctxt.continues(), -1, 0);
                    fwd.addAll(blockBranches(b, t, lab, s.then().pos(), s.then().stmts()));
                    if (s.els() != null) fwd.addAll(blockBranches(b, t, lab, s.els().pos(), List.of(s.els())));
                }
                case Stmt.For s -> fwd.addAll(blockBranches(b, new Targets(s, s, -1, 0), lab, s.body().pos(), s.body().stmts()));
                case Stmt.Range s -> fwd.addAll(blockBranches(b, new Targets(s, s, -1, 0), lab, s.body().pos(), s.body().stmts()));
                case Stmt.Switch s -> {
                    for (int i = 0; i < s.clauses().size(); i++) {
                        Stmt.CaseClause cc = s.clauses().get(i);
                        fwd.addAll(blockBranches(b, new Targets(s, ctxt.continues(), i, s.clauses().size()), lab, cc.pos(), cc.body()));
                    }
                }
                case Stmt.TypeSwitch s -> {
                    for (Stmt.CaseClause cc : s.clauses()) {
                        fwd.addAll(blockBranches(b, new Targets(s, ctxt.continues(), -1, 0), lab, cc.pos(), cc.body()));
                    }
                }
                case Stmt.Select s -> {
                    for (Stmt.CommClause cc : s.clauses()) {
                        fwd.addAll(blockBranches(b, new Targets(s, ctxt.continues(), -1, 0), lab, cc.pos(), cc.body()));
                    }
                }
                default -> {}
            }
        }
        return fwd;
    }

    private void branch(Stmt.Branch s, Block b, Targets ctxt, int idx, int n, List<Stmt.Branch> fwd) {
        if (s.label() == null) {
            switch (s.kind()) {
                case BREAK -> {
                    if (ctxt.breaks() == null) c.error(s.pos(), "break is not in a loop, switch, or select");
                }
                case CONTINUE -> {
                    if (ctxt.continues() == null) c.error(s.pos(), "continue is not in a loop");
                }
                case FALLTHROUGH -> {
                    String msg = "fallthrough statement out of place";
                    if (ctxt.breaks() instanceof Stmt.TypeSwitch) {
                        msg = "cannot fallthrough in type switch";
                    } else if (ctxt.breaks() instanceof Stmt.Switch && ctxt.caseIndex() >= 0 && idx + 1 == n) {
                        if (ctxt.caseIndex() + 1 == ctxt.ncases()) msg = "cannot fallthrough final case in switch";
                        else return;
                    }
                    c.error(s.pos(), msg);
                }
                default -> {}
            }
            return;
        }
        String name = s.label().name();
        switch (s.kind()) {
            case BREAK -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) {
                    c.error(s.label(), "break label not defined: " + name);
                } else if (!(t.stmt() instanceof Stmt.Switch || t.stmt() instanceof Stmt.TypeSwitch
                        || t.stmt() instanceof Stmt.Select || t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range)) {
                    c.error(s.label(), "invalid break label " + name);
                }
            }
            case CONTINUE -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) {
                    c.error(s.label(), "continue label not defined: " + name);
                } else if (!(t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range)) {
                    c.error(s.label(), "invalid continue label " + name);
                }
            }
            case GOTO -> {
                Label l = gotoTarget(b, name);
                if (l != null) l.used = true;
                else fwd.add(s);
            }
            default -> {}
        }
    }
}

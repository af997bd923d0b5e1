package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks labels and branch statements of one function body, as gc does while parsing: labels
 * defined twice or never used, gotos to undefined labels, into blocks or over variable
 * declarations, break/continue outside their statements or with bad labels, and misplaced
 * fallthrough. Function literals in the body are checked on their own.
 */
final class BranchChecker {
    private final Scanner.ErrorSink errors;
    private final Map<String, Label> labels = new HashMap<>();

    private static final class Label {
        final Block parent;
        final Stmt.Labeled stmt;
        boolean used;

        Label(Block parent, Stmt.Labeled stmt) {
            this.parent = parent;
            this.stmt = stmt;
        }
    }

    /** A block of statements; labeled is the labeled statement owning it, or null. */
    private record Block(Block parent, Pos start, Stmt.Labeled labeled) {}

    /**
     * What break and continue refer to here: the innermost for/range, switch or select (or
     * null), and for a switch clause body its index (else -1).
     */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

    private BranchChecker(Scanner.ErrorSink errors) {
        this.errors = errors;
    }

    static void check(Stmt.Block body, Scanner.ErrorSink errors) {
        BranchChecker c = new BranchChecker(errors);
        List<Stmt.Branch> forward = c.block(null, new Targets(null, null, -1), null, body.pos(), body.stmts());
        for (Stmt.Branch g : forward) {
            Label l = c.labels.get(g.label().name());
            if (l != null) {
                l.used = true;
                errors.error(g.label().pos(), "goto " + g.label().name() + " jumps into block starting at " + l.parent.start);
            } else {
                errors.error(g.label().pos(), "label " + g.label().name() + " not defined");
            }
        }
        for (Label l : c.labels.values()) {
            if (!l.used) errors.error(l.stmt.label().pos(), "label " + l.stmt.label().name() + " defined and not used");
        }
    }

    /** Checks a statement list; returns the gotos in it whose (forward) label was not found yet. */
    private List<Stmt.Branch> block(Block parent, Targets ctxt, Stmt.Labeled owner, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, owner);
        List<Stmt.Branch> forward = new ArrayList<>();
        // The last variable declaration seen, and the forward gotos that were pending before it.
        Pos varPos = null;
        String varName = null;
        List<Stmt.Branch> beforeVar = List.of();

        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof Stmt.Empty) n--;
        for (int index = 0; index < n; index++) {
            Stmt stmt = body.get(index);
            Stmt.Labeled labeled = null;
            while (stmt instanceof Stmt.Labeled l) {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label label = declare(b, l);
                    for (int i = 0; i < forward.size(); i++) {
                        Stmt.Branch g = forward.get(i);
                        if (!g.label().name().equals(name)) continue;
                        label.used = true;
                        if (varPos != null && containsSame(beforeVar, g)) {
                            errors.error(g.label().pos(), "goto " + name + " jumps over declaration of " + varName
                                    + " at " + varPos);
                        }
                        forward.remove(i--);
                    }
                    labeled = l;
                }
                stmt = l.stmt();
            }
            switch (stmt) {
                case Stmt.DeclStmt d when d.decl().tok() == Token.VAR && !d.decl().specs().isEmpty() -> {
                    Spec.Value v = (Spec.Value) d.decl().specs().getFirst();
                    varPos = v.pos();
                    varName = v.names().getFirst().name();
                    beforeVar = List.copyOf(forward);
                }
                case Stmt.Assign a when a.op() == Token.DEFINE -> {
                    varPos = a.opPos();
                    varName = AstPrinter.print(a.lhs());
                    beforeVar = List.copyOf(forward);
                }
                case Stmt.Branch br -> branch(br, b, ctxt, index == n - 1, forward);
                case Stmt.Block blk -> forward.addAll(block(b, inner(ctxt), labeled, blk.pos(), blk.stmts()));
                case Stmt.If i -> {
                    forward.addAll(block(b, inner(ctxt), labeled, i.then().pos(), i.then().stmts()));
                    if (i.els() != null) forward.addAll(block(b, inner(ctxt), labeled, i.els().pos(), List.of(i.els())));
                }
                case Stmt.For f -> forward.addAll(block(b, new Targets(f, f, -1), labeled, f.body().pos(), f.body().stmts()));
                case Stmt.Range r -> forward.addAll(block(b, new Targets(r, r, -1), labeled, r.body().pos(), r.body().stmts()));
                case Stmt.Switch s -> {
                    for (int i = 0; i < s.clauses().size(); i++) {
                        Stmt.CaseClause cc = s.clauses().get(i);
                        forward.addAll(block(b, new Targets(s, ctxt.continues, i), labeled, cc.pos(), cc.body()));
                    }
                }
                case Stmt.TypeSwitch s -> {
                    for (int i = 0; i < s.clauses().size(); i++) {
                        Stmt.CaseClause cc = s.clauses().get(i);
                        forward.addAll(block(b, new Targets(s, ctxt.continues, i), labeled, cc.pos(), cc.body()));
                    }
                }
                case Stmt.Select s -> {
                    for (Stmt.CommClause cc : s.clauses()) {
                        forward.addAll(block(b, new Targets(s, ctxt.continues, -1), labeled, cc.pos(), cc.body()));
                    }
                }
                default -> {}
            }
        }
        return forward;
    }

    private static boolean containsSame(List<Stmt.Branch> list, Stmt.Branch g) {
        for (Stmt.Branch x : list) {
            if (x == g) return true;
        }
        return false;
    }

    private static Targets inner(Targets ctxt) {
        return new Targets(ctxt.breaks, ctxt.continues, -1);
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            errors.error(s.label().pos(), "label " + name + " already defined at " + alt.stmt.label().pos());
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private void branch(Stmt.Branch s, Block b, Targets ctxt, boolean last, List<Stmt.Branch> forward) {
        if (s.label() == null) {
            switch (s.kind()) {
                case BREAK -> {
                    if (ctxt.breaks == null) errors.error(s.pos(), "break is not in a loop, switch, or select");
                }
                case CONTINUE -> {
                    if (ctxt.continues == null) errors.error(s.pos(), "continue is not in a loop");
                }
                case FALLTHROUGH -> {
                    String msg = fallthroughError(ctxt, last);
                    if (msg != null) errors.error(s.pos(), msg);
                }
                default -> {}
            }
            return;
        }
        String name = s.label().name();
        switch (s.kind()) {
            case BREAK -> {
                Label l = labels.get(name);
                if (l == null) {
                    errors.error(s.label().pos(), "break label not defined: " + name);
                } else if (!encloses(b, l) || !(l.stmt.stmt() instanceof Stmt.For || l.stmt.stmt() instanceof Stmt.Range
                        || l.stmt.stmt() instanceof Stmt.Switch || l.stmt.stmt() instanceof Stmt.TypeSwitch
                        || l.stmt.stmt() instanceof Stmt.Select)) {
                    errors.error(s.label().pos(), "invalid break label " + name);
                }
            }
            case CONTINUE -> {
                Label l = labels.get(name);
                if (l == null) {
                    errors.error(s.label().pos(), "continue label not defined: " + name);
                } else if (!encloses(b, l) || !(l.stmt.stmt() instanceof Stmt.For || l.stmt.stmt() instanceof Stmt.Range)) {
                    errors.error(s.label().pos(), "invalid continue label " + name);
                }
            }
            case GOTO -> {
                Label l = labels.get(name);
                boolean found = false;
                if (l != null) {
                    l.used = true; // even if the goto turns out invalid
                    for (Block x = b; x != null && !found; x = x.parent) found = l.parent == x;
                }
                if (!found) forward.add(s);
            }
            default -> {}
        }
    }

    /** Whether the labeled statement of l encloses block b; marks the label used either way. */
    private static boolean encloses(Block b, Label l) {
        l.used = true;
        for (Block x = b; x != null; x = x.parent) {
            if (x.labeled == l.stmt) return true;
        }
        return false;
    }

    /** gc's complaint about a fallthrough here, or null if it is allowed. */
    private static String fallthroughError(Targets ctxt, boolean last) {
        if (ctxt.breaks instanceof Stmt.TypeSwitch) return "cannot fallthrough in type switch";
        if (!(ctxt.breaks instanceof Stmt.Switch s)) return "fallthrough statement out of place";
        if (ctxt.caseIndex < 0 || !last) return "fallthrough statement out of place";
        if (ctxt.caseIndex + 1 == s.clauses().size()) return "cannot fallthrough final case in switch";
        return null;
    }
}

package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One statement: an optional label definition, then an optional mnemonic with its operands, still
 * as tokens (TEXT, DATA and GLOBL read some operands in their own ways). Statements end at a
 * newline or a semicolon.
 */
record Statement(Pos pos, String label, String op, List<List<Token>> operands) {

    /**
     * Splits a preprocessed token stream into statements, passing each to {@code sink}. A label
     * is its own statement, so {@code loop: ADDQ $1, AX} gives two. An error in a statement, found
     * here or by the sink, goes to {@code errors} and skips the rest of that line.
     */
    static void split(List<Token> tokens, Consumer<Statement> sink, Consumer<AsmError> errors) {
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF || t.is(";")) {
                try {
                    if (!current.isEmpty()) statement(current, sink);
                } catch (AsmError e) {
                    errors.accept(e);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
    }

    private static void statement(List<Token> line, Consumer<Statement> sink) {
        int i = 0;
        while (i + 1 < line.size() && line.get(i).isIdent() && line.get(i + 1).is(":")) {
            sink.accept(new Statement(line.get(i).pos(), line.get(i).text(), null, List.of()));
            i += 2;
        }
        if (i == line.size()) return;
        Token op = line.get(i);
        if (!op.isIdent()) throw new AsmError(op.pos(), "expected identifier, found " + op.spelling());
        List<List<Token>> operands = new ArrayList<>();
        List<Token> operand = new ArrayList<>();
        int nesting = 0;
        for (Token t : line.subList(i + 1, line.size())) {
            if (t.is("(")) nesting++;
            if (t.is(")")) nesting--;
            if (t.is(",") && nesting == 0) {
                operands.add(operand);
                operand = new ArrayList<>();
            } else {
                operand.add(t);
            }
        }
        if (!operand.isEmpty() || !operands.isEmpty()) operands.add(operand);
        sink.accept(new Statement(op.pos(), null, op.text(), operands));
    }

    Arg arg(int i) {
        return OperandParser.parse(operands.get(i), pos);
    }
}

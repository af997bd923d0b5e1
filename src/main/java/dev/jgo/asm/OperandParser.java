package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.List;

/** Parses the tokens of one operand into an {@link Arg} (see there for the forms). */
final class OperandParser {
    private final Cursor c;
    private final Pos pos;

    private OperandParser(List<Token> tokens, Pos pos) {
        this.c = new Cursor(tokens, pos);
        this.pos = pos;
    }

    static Arg parse(List<Token> tokens, Pos pos) {
        if (tokens.isEmpty()) throw new AsmError(pos, "missing operand");
        OperandParser p = new OperandParser(tokens, pos);
        Arg a = p.operand();
        if (!p.c.atEnd()) throw new AsmError(pos, "unexpected " + p.c.peek().spelling() + " in operand");
        return a;
    }

    private Arg operand() {
        if (c.peek().is("$")) {
            c.next();
            return dollar();
        }
        Token t = c.peek();
        if (t.isIdent() && Registers.isRegisterName(t.text()) && c.peek(1).kind() == Token.Kind.EOF) {
            c.next();
            return register(t.text());
        }
        return memory();
    }

    private Arg register(String name) {
        if (Registers.isPseudo(name)) throw new AsmError(pos, "illegal use of pseudo-register " + name);
        if (Registers.isUnsupported(name)) throw new AsmError(pos, "register " + name + " is not supported by jgo");
        return Arg.register(pos, name);
    }

    private Arg dollar() {
        Token t = c.peek();
        if (t.kind() == Token.Kind.STRING && !emptyPackagePrefix()) {
            c.next();
            return Arg.constant(pos, Arg.Kind.STRING, t.text());
        }
        if (c.remainingHas(Token.Kind.FLOAT)) return Arg.constant(pos, Arg.Kind.FLOAT, Expr.floatExpr(c));
        if (t.isIdent() || emptyPackagePrefix() || hasRegisterParen()) {
            Arg a = memory();
            if (a.kind() == Arg.Kind.LABEL) throw new AsmError(pos, "illegal or missing addressing mode for symbol " + a.symbol());
            return a.asAddress();
        }
        return Arg.immediate(pos, Expr.expr(c));
    }

    /** {@code symbol<sel>+offset(reg)(index*scale)}, or a bare name (a label). */
    private Arg memory() {
        String symbol = null;
        Arg.Selector sel = Arg.Selector.NONE;
        if (emptyPackagePrefix()) c.next();
        if (c.peek().isIdent()) {
            Token name = c.next();
            if (Registers.isRegisterName(name.text()))
                throw new AsmError(pos, "unexpected register " + name.text() + " in operand");
            symbol = name.text();
            if (c.peek().is("<")) sel = selector(symbol);
            if (c.atEnd()) {
                if (sel != Arg.Selector.NONE) throw new AsmError(pos, "illegal or missing addressing mode for symbol " + symbol);
                return Arg.label(pos, symbol);
            }
        }
        long offset = 0;
        if (!registerParenAhead(0) && !c.atEnd()) {
            if (symbol != null && !c.peek().is("+") && !c.peek().is("-"))
                throw new AsmError(pos, "illegal or missing addressing mode for symbol " + symbol);
            offset = Expr.expr(c);
        }
        String base = null, index = null;
        int scale = 0;
        if (registerParenAhead(0)) {
            c.next();
            base = c.next().text();
            if (c.peek().is("*")) {
                index = base;
                base = null;
                scale = scale();
            }
            c.expect(")", "missing right parenthesis");
        }
        if (base != null && registerParenAhead(0)) {
            c.next();
            index = c.next().text();
            if (!c.peek().is("*")) throw new AsmError(pos, "expected '*' after index register " + index);
            scale = scale();
            c.expect(")", "missing right parenthesis");
        }
        if (base == null && index == null && symbol != null)
            throw new AsmError(pos, "illegal or missing addressing mode for symbol " + symbol);
        checkRegisters(symbol, base, index, scale);
        return new Arg(Arg.Kind.MEMORY, pos, base, symbol, sel, offset, index, scale, null);
    }

    private void checkRegisters(String symbol, String base, String index, int scale) {
        if (base != null && Registers.isUnsupported(base))
            throw new AsmError(pos, "register " + base + " is not supported by jgo");
        boolean tlsIndex = Registers.TLS.equals(index) && scale == 1;
        if (index != null && !tlsIndex && (Registers.isPseudo(index) || Registers.lookup(index) == null || Registers.lookup(index).isXmm()))
            throw new AsmError(pos, "illegal use of register " + index + " as index");
        if (symbol != null && base != null && !Registers.isPseudo(base) && !base.equals("SP"))
            throw new AsmError(pos, "expected pseudo-register; found " + base);
        if (symbol == null && ("SB".equals(base) || "FP".equals(base)))
            throw new AsmError(pos, "cannot reference " + base + " without a symbol");
    }

    private int scale() {
        c.expect("*", "expected '*'");
        Token t = c.next();
        long s = t.kind() == Token.Kind.INT ? Expr.parseInt(t) : -1;
        if (s != 1 && s != 2 && s != 4 && s != 8) throw new AsmError(pos, "bad scale: " + t.text());
        return (int) s;
    }

    /** {@code <>} makes the symbol static to the file; {@code <ABI0>} and {@code <ABIInternal>} select an ABI. */
    private Arg.Selector selector(String symbol) {
        c.next();
        if (c.peek().is(">")) {
            c.next();
            return Arg.Selector.STATIC;
        }
        Token abi = c.next();
        if (!c.next().is(">") || !abi.isIdent() || !abi.text().equals("ABI0") && !abi.text().equals("ABIInternal"))
            throw new AsmError(pos, "malformed ABI selector \"" + abi.text() + "\" in reference to \"" + symbol + "\"");
        return abi.text().equals("ABI0") ? Arg.Selector.ABI0 : Arg.Selector.ABIINTERNAL;
    }

    /** {@code ""·name}: the empty package path stands for the package being assembled. */
    private boolean emptyPackagePrefix() {
        return c.peek().kind() == Token.Kind.STRING && c.peek().text().isEmpty() && c.peek(1).isIdent()
                && c.peek(1).text().startsWith("\u00B7");
    }

    /** Whether the tokens from {@code ahead} open a register parenthesis: {@code (AX)}, {@code (SB)}, {@code (BX*4)}. */
    private boolean registerParenAhead(int ahead) {
        Token name = c.peek(ahead + 1);
        return c.peek(ahead).is("(") && name.isIdent() && Registers.isRegisterName(name.text())
                && (c.peek(ahead + 2).is(")") || c.peek(ahead + 2).is("*"));
    }

    /** Whether a register parenthesis comes later in the operand: {@code $8(SP)} is an address, {@code $(8)} a number. */
    private boolean hasRegisterParen() {
        for (int i = 0; c.peek(i).kind() != Token.Kind.EOF; i++) {
            if (registerParenAhead(i)) return true;
        }
        return false;
    }
}

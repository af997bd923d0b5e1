package dev.jgo.syntax;

/** Go's tokens. Operators carry their spelling; {@link #precedence()} is the binary precedence. */
public enum Token {
    EOF(""), ILLEGAL(""), COMMENT(""),
    IDENT(""), INT(""), FLOAT(""), IMAG(""), CHAR(""), STRING(""),

    ADD("+", 4), SUB("-", 4), MUL("*", 5), QUO("/", 5), REM("%", 5),
    AND("&", 5), OR("|", 4), XOR("^", 4), SHL("<<", 5), SHR(">>", 5), AND_NOT("&^", 5),

    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),

    LAND("&&", 2), LOR("||", 1), ARROW("<-"), INC("++"), DEC("--"),
    EQL("==", 3), LSS("<", 3), GTR(">", 3), ASSIGN("="), NOT("!"),
    NEQ("!=", 3), LEQ("<=", 3), GEQ(">=", 3), DEFINE(":="), ELLIPSIS("..."),

    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"), TILDE("~"),

    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"),
    MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"), SELECT("select"),
    STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    private final String text;
    private final int precedence;

    Token(String text) {
        this(text, 0);
    }

    Token(String text, int precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** The token's spelling ("+", "func"); empty for literal and special tokens. */
    public String text() {
        return text;
    }

    /** Binary operator precedence, 1 (||) to 5 (*); 0 when the token is not a binary operator. */
    public int precedence() {
        return precedence;
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    /** For an op-assignment token such as {@code +=}, the binary operator ({@code +}); otherwise null. */
    public Token assignOp() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return text.isEmpty() ? name() : text;
    }
}

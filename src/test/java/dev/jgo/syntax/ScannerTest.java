package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScannerTest {
    /** The tokens of src as "KIND text" (names, literals and semicolons) or the operator/keyword. */
    private static List<String> tokens(String src, List<String> errors) {
        return tokens(src.getBytes(StandardCharsets.UTF_8), errors);
    }

    private static List<String> tokens(byte[] src, List<String> errors) {
        Scanner s = new Scanner("x.go", src, (pos, msg) -> errors.add(pos.line() + ":" + pos.col() + ": " + msg));
        List<String> out = new ArrayList<>();
        for (s.next(); s.tok != Token.EOF; s.next()) {
            out.add(switch (s.tok) {
                case IDENT, INT, FLOAT, IMAG, CHAR, STRING, SEMICOLON -> s.tok.name() + " " + s.lit;
                default -> s.tok.text();
            });
        }
        return out;
    }

    private static List<String> tokens(String src) {
        List<String> errors = new ArrayList<>();
        List<String> out = tokens(src, errors);
        assertEquals(List.of(), errors, "errors scanning " + src);
        return out;
    }

    private static List<String> errors(String src) {
        List<String> errors = new ArrayList<>();
        tokens(src, errors);
        return errors;
    }

    @Test
    void semicolonsAreInsertedAfterLineEndingTokens() {
        assertEquals(List.of("IDENT x", "SEMICOLON newline", "INT 1", "SEMICOLON newline", ")", "SEMICOLON newline",
                "]", "SEMICOLON newline", "}", "SEMICOLON newline", "return", "SEMICOLON newline", "break",
                "SEMICOLON newline", "continue", "SEMICOLON newline", "fallthrough", "SEMICOLON newline", "IDENT i",
                "++", "SEMICOLON newline", "IDENT j", "--", "SEMICOLON newline", "STRING `s`", "SEMICOLON EOF"),
                tokens("x\n1\n)\n]\n}\nreturn\nbreak\ncontinue\nfallthrough\ni++\nj--\n`s`"));
    }

    @Test
    void noSemicolonAfterOperatorsOpenersOrKeywords() {
        assertEquals(List.of("IDENT a", "+", "IDENT b", "SEMICOLON newline", "func", "(", ")", "{", "}",
                "SEMICOLON newline", "IDENT x", ",", "IDENT y", "SEMICOLON EOF"),
                tokens("a +\nb\nfunc (\n) {\n}\nx,\ny"));
    }

    @Test
    void commentsAndSemicolons() {
        // A line comment ends at the newline, which still becomes the semicolon; a general comment
        // spanning lines acts as a newline; one on a single line is just space.
        assertEquals(List.of("IDENT x", "SEMICOLON newline", "IDENT y", "SEMICOLON newline", "IDENT z", "IDENT w",
                "SEMICOLON EOF"), tokens("x // c\ny /* a\nb */ z /* c */ w // end"));
        assertEquals(List.of("SEMICOLON semicolon"), tokens(";"));
    }

    @Test
    void operators() {
        String ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! != <= >= "
                + ":= ... ( [ { , . ) ] } ; : ~";
        List<String> expected = new ArrayList<>();
        for (String op : ops.split(" ")) expected.add(op.equals(";") ? "SEMICOLON semicolon" : op);
        assertEquals(expected, tokens(ops));
        assertEquals(List.of("IDENT x", ".", ".", "IDENT y", "SEMICOLON EOF"), tokens("x..y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "123", "1_000", "0b1010", "0B1_0", "0o17", "0O7", "017", "0_17", "0x1F", "0X_ab",
            "00", "08", "09"})
    void integerLiterals(String lit) {
        if (lit.equals("08") || lit.equals("09")) {
            // Legacy octal with a digit 8 or 9 is an error for an integer.
            assertEquals(List.of("1:2: invalid digit '" + lit.charAt(1) + "' in octal literal"), errors(lit));
            return;
        }
        assertEquals(List.of("INT " + lit, "SEMICOLON EOF"), tokens(lit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", ".5", "1.5", "1e10", "1E-3", "1.5e+3", "08.5", "09e1", "0x1p-2", "0x1.8p1", "0X.8P0",
            "0x_1p4", "1_0.2_5e1_0"})
    void floatLiterals(String lit) {
        assertEquals(List.of("FLOAT " + lit, "SEMICOLON EOF"), tokens(lit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0i", "123i", "0o7i", "0x1p2i", "1.5i", "1e3i", "0123i", "089i"})
    void imaginaryLiterals(String lit) {
        assertEquals(List.of("IMAG " + lit, "SEMICOLON EOF"), tokens(lit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "'é'", "'本'", "'\\a'", "'\\b'", "'\\f'", "'\\n'", "'\\r'", "'\\t'", "'\\v'", "'\\\\'",
            "'\\''", "'\\000'", "'\\377'", "'\\x7f'", "'\\u12e4'", "'\\U00101234'"})
    void runeLiterals(String lit) {
        assertEquals(List.of("CHAR " + lit, "SEMICOLON EOF"), tokens(lit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"abc\"", "\"\\\"\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", "\"\\xff\\377\\u00e9\\U0001F600\"",
            "\"日本\"", "`raw \\n`", "`multi\nline`"})
    void stringLiterals(String lit) {
        assertEquals(List.of("STRING " + lit, "SEMICOLON EOF"), tokens(lit));
    }

    @Test
    void rawStringsDropCarriageReturns() {
        assertEquals(List.of("STRING `a\nb`", "SEMICOLON EOF"), tokens("`a\r\nb`"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
        "0x|1:3: hexadecimal literal has no digits",
        "0b|1:3: binary literal has no digits",
        "0b102|1:5: invalid digit '2' in binary literal",
        "0o19|1:4: invalid digit '9' in octal literal",
        "1__0|1:3: '_' must separate successive digits",
        "1_|1:2: '_' must separate successive digits",
        "0x_|1:4: hexadecimal literal has no digits",
        "0_x1|1:2: '_' must separate successive digits",
        "0x1.5|1:6: hexadecimal mantissa requires a 'p' exponent",
        "0x1e3p|1:7: exponent has no digits",
        "1e|1:3: exponent has no digits",
        "1p3|1:2: 'p' exponent requires hexadecimal mantissa",
        "0b1e3|1:4: 'e' exponent requires decimal mantissa",
        "0b1.0|1:4: invalid radix point in binary literal",
        "0o1.0|1:4: invalid radix point in octal literal",
        "'ab'|1:1: more than one character in rune literal",
        "''|1:2: empty rune literal or unescaped '",
        "'\\z'|1:3: unknown escape",
        "'\\400'|1:6: octal escape value 256 > 255",
        "'\\uD800'|1:8: escape is invalid Unicode code point U+D800",
        "'\\U00110000'|1:12: escape is invalid Unicode code point U+110000",
        "'\\xg0'|1:4: invalid character 'g' in hexadecimal escape",
        "'\\08'|1:4: invalid character '8' in octal escape",
        "'a|1:1: rune literal not terminated",
        "\"\\q\"|1:3: unknown escape",
        "\"abc|1:1: string not terminated",
        "`abc|1:1: string not terminated",
        "/* abc|1:1: comment not terminated",
        "x @ y|1:3: invalid character U+0040 '@'",
        "a\u00a0b|1:2: invalid character U+00A0 in identifier",
        "x ٣|1:3: identifier cannot begin with digit U+0663 '٣'",
    })
    void lexicalErrors(String src, String error) {
        assertEquals(List.of(error), errors(src));
    }

    @Test
    void newlineInsideLiterals() {
        assertEquals(List.of("1:5: newline in string"), errors("\"abc\n"));
        assertEquals(List.of("1:3: newline in rune literal", "2:1: rune literal not terminated"), errors("'a\n'"));
    }

    @Test
    void encodingErrors() {
        List<String> errors = new ArrayList<>();
        tokens(new byte[] {'x', ' ', (byte) 0xFF, ' ', 'y', 0, 'z'}, errors);
        assertEquals(List.of("1:3: invalid UTF-8 encoding", "1:6: invalid NUL character"), errors);

        // Overlong encodings and encoded surrogates are invalid too.
        errors.clear();
        tokens(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, errors);
        assertEquals(List.of("1:2: invalid UTF-8 encoding", "1:3: invalid UTF-8 encoding",
                "1:6: invalid UTF-8 encoding", "1:7: invalid UTF-8 encoding", "1:8: invalid UTF-8 encoding"), errors);
    }

    @Test
    void byteOrderMarkOnlyAtTheStart() {
        assertEquals(List.of("IDENT x", "SEMICOLON EOF"), tokens("\uFEFFx"));
        assertEquals(List.of("1:2: invalid BOM in the middle of the file"), errors("x\uFEFF"));
    }

    @Test
    void columnsCountBytes() {
        List<String> positions = new ArrayList<>();
        Scanner s = new Scanner("x.go", "\"é\" 本 x\n\ty".getBytes(StandardCharsets.UTF_8), (p, m) -> {});
        for (s.next(); s.tok != Token.EOF; s.next()) positions.add(s.tokLine + ":" + s.tokCol);
        // "é" is 4 bytes, 本 is 3 bytes; a tab is one byte.
        assertEquals(List.of("1:1", "1:6", "1:10", "1:11", "2:2", "2:3"), positions);
    }

    @Test
    void unicodeIdentifiers() {
        assertEquals(List.of("IDENT héllo", "IDENT 日本", "IDENT _x9", "SEMICOLON EOF"), tokens("héllo 日本 _x9"));
    }

    @Test
    void directivesAreKept() {
        String src = "//go:build linux\n// go:notadirective\n//go:noinline\n//go:linkname a b.c\n"
                + "//export F\n//line f.go:10\n/*line g.go:3:4*/x //go:nosplit\n";
        Scanner s = new Scanner("x.go", src.getBytes(StandardCharsets.UTF_8), (p, m) -> {});
        for (s.next(); s.tok != Token.EOF; ) s.next();
        List<String> got = s.directives.stream().map(d -> d.pos() + " " + d.name() + "|" + d.args()).toList();
        assertEquals(List.of("x.go:1:3 go:build|linux", "x.go:3:3 go:noinline|", "x.go:4:3 go:linkname|a b.c",
                "x.go:5:3 export|F", "x.go:6:3 line|f.go:10", "f.go:10 line|g.go:3:4", "g.go:3:8 go:nosplit|"), got);
    }

    @Test
    void lineDirectivesRenamePositions() {
        // //line without a column leaves columns unknown; /*line with one sets the column of the
        // position right after the comment, and later lines count columns as usual.
        assertEquals(List.of("a.go:100: invalid character U+0040 '@'", "b.go:7:20: invalid character U+0040 '@'",
                "b.go:7:22: invalid character U+0040 '@'", "b.go:8:1: invalid character U+0040 '@'",
                "b.go:5:3: invalid character U+0040 '@'"),
                positionsWithFiles("//line a.go:100\n@\n/*line b.go:7:20*/@ @\n@\n//line :5:3\n@"));
    }

    private static List<String> positionsWithFiles(String src) {
        List<String> out = new ArrayList<>();
        Scanner s = new Scanner("x.go", src.getBytes(StandardCharsets.UTF_8), (p, m) -> out.add(p + ": " + m));
        for (s.next(); s.tok != Token.EOF; ) s.next();
        return out;
    }

    @Test
    void badLineDirectives() {
        assertEquals(List.of("x.go:1:13: invalid line number: x", "x.go:2:13: invalid line number: 0",
                "x.go:3:15: invalid column number: 0"), positionsWithFiles("//line a.go:x\n//line a.go:0\n//line a.go:1:0\n"));
    }
}

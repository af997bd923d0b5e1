package dev.jgo.types.constant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.syntax.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of Go literal, and malformed ones, through {@link Constant#makeFromLiteral}. */
class LiteralsTest {
    private static Value lit(String text, Token kind) {
        return Constant.makeFromLiteral(text, kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "42 | 42", "1_000_000 | 1000000", "0777 | 511", "0_777 | 511", "00 | 0",
        "0o17 | 15", "0O1_7 | 15", "0b1010 | 10", "0B_1 | 1", "0xFF | 255", "0x_ff_ff | 65535",
        "0XaBc | 2748", "18446744073709551616 | 18446744073709551616",
        "0x1_0000_0000_0000_0000_0000 | 1208925819614629174706176",
    })
    void integers(String text, String value) {
        Value v = lit(text, Token.INT);
        assertEquals(Kind.INT, v.kind());
        assertEquals(value, v.exactString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"08", "0789", "1__0", "1_", "_1", "0x", "0x_", "0b2", "0o8", "0x1_", "12a", "0b", "１２", ""})
    void malformedIntegers(String text) {
        assertEquals(Kind.UNKNOWN, lit(text, Token.INT).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5 | 3/2", "1. | 1", ".25 | 1/4", "1e3 | 1000", "1E-3 | 1/1000", "1_000.5e-3 | 2001/2000",
        "0.1 | 1/10", "089.5 | 179/2", "00.5 | 1/2", "1e+2 | 100", "0x1p-2 | 1/4", "0x1.8p3 | 12",
        "0X.8P0 | 1/2", "0x_1p4 | 16", "0x1p-3 | 1/8", 
        "1e-1000000000 | 0", "0e999999999999999999999 | 0",
    })
    void floats(String text, String exact) {
        Value v = lit(text, Token.FLOAT);
        assertEquals(Kind.FLOAT, v.kind());
        assertEquals(exact, v.exactString());
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "1e", "1e+", "1_.5", "1._5", "1.5_", "1e_3", "0x1.8", "0x.p1", "0xp1", "1.5x", "1e3.5", "0x1p1.5", "--1"})
    void malformedFloats(String text) {
        assertEquals(Kind.UNKNOWN, lit(text, Token.FLOAT).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1i | 1", "1.5i | 3/2", "0123i | 123", "0_123i | 123", "089i | 89", "0x1p2i | 4", "0x10i | 16",
        "0b101i | 5", "0o17i | 15", "1e2i | 100", ".5i | 1/2",
    })
    void imaginaries(String text, String im) {
        Value v = lit(text, Token.IMAG);
        assertEquals(Kind.COMPLEX, v.kind());
        assertEquals("0", Constant.real(v).exactString());
        assertEquals(Kind.FLOAT, Constant.imag(v).kind());
        assertEquals(im, Constant.imag(v).exactString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "i", "0x1.8i", "1__0i", "0b2i"})
    void malformedImaginaries(String text) {
        assertEquals(Kind.UNKNOWN, lit(text, Token.IMAG).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'a' | 97", "'\\a' | 7", "'\\b' | 8", "'\\f' | 12", "'\\n' | 10", "'\\r' | 13", "'\\t' | 9",
        "'\\v' | 11", "'\\\\' | 92", "'\\'' | 39", "'\\000' | 0", "'\\377' | 255", "'\\x41' | 65",
        "'\\xff' | 255", "'\\u00e9' | 233", "'\\U0001F600' | 128512", "'é' | 233", "'世' | 19990",
        "'😀' | 128512", "'\"' | 34",
    })
    void runes(String text, long value) {
        assertEquals(Constant.makeInt64(value), lit(text, Token.CHAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"''", "'ab'", "'\\\"'", "'''", "'\\400'", "'\\8'", "'\\x4'", "'\\uD800'",
            "'\\U00110000'", "'\\q'", "'a", "a'", "'\\'"})
    void malformedRunes(String text) {
        assertEquals(Kind.UNKNOWN, lit(text, Token.CHAR).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"\" | ''", "\"abc\" | 616263", "\"\\x00\\xff\" | 00ff", "\"\\377\\000\" | ff00",
        "\"é\" | c3a9", "\"\\u00e9\" | c3a9", "\"\\U0001F600\" | f09f9880", "\"\\a\\b\\f\\n\\r\\t\\v\" | 07080c0a0d090b",
        "\"\\\\\\\"\" | 5c22", "\"'\" | 27", "\"\\xe4\\xb8\" | e4b8",
    })
    void strings(String text, String hexBytes) {
        Value v = lit(text, Token.STRING);
        assertEquals(Kind.STRING, v.kind());
        assertArrayEquals(java.util.HexFormat.of().parseHex(hexBytes.equals("''") ? "" : hexBytes), Constant.stringBytes(v));
        assertEquals(Constant.stringBytes(v).length, Constant.stringVal(v).length(), "len is the byte count");
    }

    @org.junit.jupiter.api.Test
    void rawStringsAreUtf8WithoutCarriageReturns() {
        assertEquals("a\\n\nb", Constant.stringVal(lit("`a\\n\r\nb\r`", Token.STRING)));
        assertEquals("", Constant.stringVal(lit("``", Token.STRING)));
        assertEquals("\"'\u00c3\u00a9", Constant.stringVal(lit("`\"'é`", Token.STRING)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"abc", "\"\\'\"", "\"a\"b\"", "\"\\x\"", "\"\\400\"", "\"\\uDFFF\"",
            "\"a\nb\"", "`abc", "\"\\\"", "'a'"})
    void malformedStrings(String text) {
        assertEquals(Kind.UNKNOWN, lit(text, Token.STRING).kind());
    }
}

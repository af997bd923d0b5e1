package dev.jgo.types.constant;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact constant value, as Go's untyped and typed constants need: arbitrary-precision
 * integers, exact rationals (or very precise decimals where a rational would be too large),
 * complex numbers of those, strings and booleans. Immutable.
 *
 * <p>Make values through {@link Constant}: it keeps every value in its canonical form (the
 * invariants documented on each record), so that {@code equals} is identity of value within
 * one representation. A FLOAT is a {@link Rat} while it is exact and small, a {@link BigFloat}
 * otherwise; an INT and a FLOAT of the same number are different values, as in Go.
 */
public sealed interface Value
        permits Value.Unknown, Value.Bool, Value.Str, Value.Int, Value.Rat, Value.BigFloat, Value.Complex {
    Kind kind();

    /** A short human-readable form, as gc prints constants in messages (e.g. {@code 1e+100}). */
    @Override
    String toString();

    /**
     * The exact value as text: integers in full, rationals as {@code p/q}, big floats in
     * scientific notation with all their digits, strings quoted without shortening.
     */
    String exactString();

    /** A value that could not be computed (malformed literal, overflow). */
    record Unknown() implements Value {
        public Kind kind() { return Kind.UNKNOWN; }
        @Override public String toString() { return "unknown"; }
        public String exactString() { return toString(); }
    }

    record Bool(boolean value) implements Value {
        public Kind kind() { return Kind.BOOL; }
        @Override public String toString() { return Boolean.toString(value); }
        public String exactString() { return toString(); }
    }

    /**
     * A Go string: {@code bytes} holds one char per byte (each char is 0..255), so arbitrary
     * byte sequences, including invalid UTF-8, survive and {@code bytes.length()} is Go's len.
     */
    record Str(String bytes) implements Value {
        public Kind kind() { return Kind.STRING; }
        @Override public String toString() { return Format.quote(bytes, Format.MAX_STRING_RUNES); }
        public String exactString() { return Format.quote(bytes, Integer.MAX_VALUE); }
    }

    record Int(BigInteger value) implements Value {
        public Kind kind() { return Kind.INT; }
        @Override public String toString() { return value.toString(); }
        public String exactString() { return toString(); }
    }

    /**
     * An exact FLOAT num/den: den &gt; 0, gcd(num, den) = 1, and both shorter than
     * {@value Floats#MAX_RAT_BITS} bits. Zero is 0/1.
     */
    record Rat(BigInteger num, BigInteger den) implements Value {
        public Kind kind() { return Kind.FLOAT; }
        @Override public String toString() { return Format.floatString(this); }
        public String exactString() { return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den; }
    }

    /**
     * A FLOAT too large (or too finely fractional) for a {@link Rat}: nonzero, rounded to
     * {@link Floats#MC} (160 significant decimal digits), trailing zeros stripped.
     */
    record BigFloat(BigDecimal value) implements Value {
        public Kind kind() { return Kind.FLOAT; }
        @Override public String toString() { return Format.floatString(this); }
        public String exactString() { return value.toString(); }
    }

    /** re + im·i, where each part is an {@link Int}, a {@link Rat} or a {@link BigFloat}. */
    record Complex(Value re, Value im) implements Value {
        public Kind kind() { return Kind.COMPLEX; }
        @Override public String toString() { return "(" + re + " + " + im + "i)"; }
        public String exactString() { return "(" + re.exactString() + " + " + im.exactString() + "i)"; }
    }
}

package dev.jgo.types.constant;

/**
 * An exact constant value, as Go's untyped and typed constants need: arbitrary-precision
 * integers, exact rationals (or very precise floats where a rational would be too large),
 * complex numbers of those, strings and booleans. Immutable.
 */
public interface Value {
    Kind kind();

    /** A short human-readable form, as gc prints constants in messages (e.g. {@code 1e+100}). */
    @Override
    String toString();

    /** The exact value as text (full digits; rationals as {@code p/q}). */
    String exactString();
}

package dev.jgo.types.constant;

/** The kinds of constant values; UNKNOWN stands for a value that could not be computed. */
public enum Kind { UNKNOWN, BOOL, STRING, INT, FLOAT, COMPLEX }

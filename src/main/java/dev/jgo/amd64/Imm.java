package dev.jgo.amd64;

/** An immediate integer operand, {@code $value}. The instruction's width decides how it is encoded. */
public record Imm(long value) implements Operand {}

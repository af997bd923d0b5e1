package dev.jgo.amd64;

/**
 * The goroutine's slot in thread-local storage, written {@code (TLS)} as in Go: the memory at a
 * fixed offset from the FS base. ABIInternal code reloads g from it into R14 after calling ABI0
 * code ({@code MOVQ (TLS), R14}). The encoder leaves the offset to the linker as a
 * {@link Fixup.Kind#TLS_LE} fixup.
 */
public record Tls() implements Operand {}

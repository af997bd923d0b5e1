package dev.jgo.ssagen;

/** A Go panic inside the interpreted program: message is what gc prints after "panic: ". */
final class GoPanic extends RuntimeException {
    GoPanic(String message) {
        super(message);
    }
}

package dev.jgo.abi;

/**
 * An argument register: its name in the architecture's Go assembler syntax, its class and its
 * index in that class's argument sequence.
 */
public record Register(String name, RegClass regClass, int index) {
    public enum RegClass { INT, FLOAT }

    @Override
    public String toString() {
        return name;
    }
}

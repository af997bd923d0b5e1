package dev.jgo.link;

import java.util.List;

/**
 * The program cannot be linked: a symbol is defined twice, a reachable relocation names a symbol
 * nobody defines, or an address does not fit its field. Carries every problem found, each a line
 * in gc's linker wording where gc has one.
 */
public final class LinkError extends Exception {
    private final List<String> problems;

    public LinkError(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package dev.jgo.ssa;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which functions to dump after which passes, and where. Requests come from
 * {@code -d=ssa/<pass>/dump=<func>} ({@link PassOptions#parse}); "all" names every pass and
 * "build" the function as construction left it. With a directory, each dump goes to its own file
 * named as gc names them, {@code <func>_<NN>__<pass>.dump} with NN counting the dumps of that
 * function from 01 and spaces, slashes and colons replaced by underscores; without one, dumps go
 * to the stream, each preceded by a {@code # <func> after <pass>} line.
 */
public final class DumpConfig {
    public static final DumpConfig NONE = new DumpConfig(null, null);

    private final Map<String, Set<String>> requests = new HashMap<>();
    private final Map<String, Integer> sequence = new HashMap<>();
    private final Path dir;
    private final PrintStream stream;

    private DumpConfig(Path dir, PrintStream stream) {
        this.dir = dir;
        this.stream = stream;
    }

    /** Dumps written as files into dir. */
    public static DumpConfig toDirectory(Path dir) {
        return new DumpConfig(dir, null);
    }

    /** Dumps written one after the other to out. */
    public static DumpConfig toStream(PrintStream out) {
        return new DumpConfig(null, out);
    }

    /** Asks for func to be dumped after pass ("all": after every pass and after build). */
    public DumpConfig add(String pass, String func) {
        if (this == NONE) throw new IllegalStateException("DumpConfig.NONE takes no requests");
        requests.computeIfAbsent(pass, p -> new HashSet<>()).add(func);
        return this;
    }

    public boolean wants(String pass, String func) {
        return has(pass, func) || has("all", func);
    }

    private boolean has(String pass, String func) {
        Set<String> funcs = requests.get(pass);
        return funcs != null && funcs.contains(func);
    }

    /** Writes f's dump after pass if it was asked for. */
    void write(Func f, String pass) {
        if (!wants(pass.replace(' ', '_'), f.name()) && !wants(pass, f.name())) return;
        String text = Printer.print(f);
        if (dir == null) {
            stream.print("# " + f.name() + " after " + pass + "\n" + text);
            stream.flush();
            return;
        }
        int n = sequence.merge(f.name(), 1, Integer::sum);
        String name = String.format("%s_%02d__%s.dump", f.name(), n, pass).replaceAll("[ /:]", "_");
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SSA dump " + dir.resolve(name), e);
        }
    }
}

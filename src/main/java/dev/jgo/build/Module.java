package dev.jgo.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user's module: the directory holding go.mod and the module path it declares. */
record Module(String path, Path dir) {

    /** The module enclosing dir, found by walking up to the nearest go.mod; null when there is none. */
    static Module enclosing(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                try {
                    for (String line : Files.readAllLines(mod)) {
                        String t = line.strip();
                        if (t.startsWith("module ")) {
                            return new Module(unquote(t.substring(7).strip()), d);
                        }
                    }
                } catch (IOException e) {
                    return null;
                }
                return null;
            }
        }
        return null;
    }

    private static String unquote(String s) {
        int comment = s.indexOf("//");
        if (comment >= 0) s = s.substring(0, comment).strip();
        if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("`"))) return s.substring(1, s.length() - 1);
        return s;
    }

    /** The directory of import path p inside this module, or null when p is not in it. */
    Path dirOf(String p) {
        if (p.equals(path)) return dir;
        if (p.startsWith(path + "/")) return dir.resolve(p.substring(path.length() + 1));
        return null;
    }

    /** The import path of a directory inside this module. */
    String importPathOf(Path d) {
        Path rel = dir.relativize(d.toAbsolutePath().normalize());
        return rel.toString().isEmpty() ? path : path + "/" + rel.toString().replace('\\', '/');
    }
}

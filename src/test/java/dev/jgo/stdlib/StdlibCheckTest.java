package dev.jgo.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.build.Loader;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import org.junit.jupiter.api.Test;

/** jgo's own front end accepts every package of its standard library, as `jgo tool check` would. */
class StdlibCheckTest {
    @Test
    void everyPackageChecks() {
        for (String path : StdlibPackages.paths()) {
            Diagnostics diags = new Diagnostics();
            Loader loader = new Loader(StdlibPackages.ROOT, diags);
            var pkg = loader.importPackage(path, Pos.NONE);
            assertEquals("", String.join("\n", diags.sorted().stream().map(Object::toString).toList()), path);
            assertNotNull(pkg, path);
        }
    }
}

package dev.jgo.types;

import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Directive;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Spec;
import java.util.Set;

/** The directive rules gc enforces while reading a file (a subset: runtime-only pragmas and go:embed's import). */
final class Directives {
    private Directives() {}

    /** Pragmas only the runtime may use (gc compiles it with -+). */
    private static final Set<String> RUNTIME_ONLY =
            Set.of("go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec", "go:systemstack");

    static void check(Checker c, File f) {
        boolean runtime = c.pkg.path().equals("runtime") || c.pkg.path().startsWith("runtime/");
        boolean importsEmbed = f.decls().stream().anyMatch(d -> d instanceof Decl.GenDecl g
                && g.specs().stream().anyMatch(s -> s instanceof Spec.Import im && im.path().value().equals("\"embed\"")));
        for (Directive d : f.directives()) {
            if (RUNTIME_ONLY.contains(d.name()) && !runtime) {
                c.error(d.pos(), "//" + d.name() + " only allowed in runtime");
            } else if (d.name().equals("go:embed") && !importsEmbed) {
                c.error(d.pos(), "go:embed only allowed in Go files that import \"embed\"");
            }
        }
    }
}

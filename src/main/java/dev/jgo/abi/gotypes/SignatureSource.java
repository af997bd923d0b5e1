package dev.jgo.abi.gotypes;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Signature;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Spec;
import dev.jgo.syntax.Token;
import dev.jgo.types.Checker;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SIG argument of {@code jgo tool abi} into a signature, with the real parser and
 * checker. SIG is a list of Go top-level declarations, separated by semicolons or line breaks,
 * in which one item may be a type instead of a declaration: that type, which must be a func type,
 * is the signature. Without such an item, the last function or method declared (usually without
 * a body) is the signature. docs/abi.md gives examples.
 *
 * <p>SIG becomes one Go file: a first line that imports unsafe (so SIG may say unsafe.Pointer)
 * unless SIG has imports of its own (it may import only unsafe), then SIG itself, where the item that is a type gets {@code type _ = } in front. Where that item
 * begins is found by trying: every place after a semicolon or line break, from the last, until the
 * file parses. Errors are reported at their place in SIG, as {@code <sig>:line:col}, line and
 * byte column counted from 1 in SIG.
 */
public final class SignatureSource {
    /** The file name errors carry. */
    public static final String FILENAME = "<sig>";

    /** The first line of the file, when SIG has no imports of its own. */
    private static final byte[] HEADER_WITH_UNSAFE =
            "package abi; import \"unsafe\"; var _ unsafe.Pointer\n".getBytes(StandardCharsets.UTF_8);
    /** The first line of the file, when SIG imports. */
    private static final byte[] HEADER = "package abi\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ALIAS = "type _ = ".getBytes(StandardCharsets.UTF_8);
    private static final Pattern POSITION = Pattern.compile(Pattern.quote(FILENAME) + ":(\\d+):(\\d+)");

    private final byte[] sig;
    private final Pos end;
    private final byte[] header;

    private SignatureSource(String sig) {
        // trailing separators end nothing; dropping them keeps every position in SIG unchanged
        this.sig = sig.replaceAll("[\\s;]+$", "").getBytes(StandardCharsets.UTF_8);
        this.end = posAt(this.sig.length);
        this.header = importsOwnPackages() ? HEADER : HEADER_WITH_UNSAFE;
    }

    /** Whether SIG begins with import declarations (the parser reads them even if the rest is wrong). */
    private boolean importsOwnPackages() {
        File f = Parser.parse(FILENAME, concat(HEADER, sig), new Diagnostics());
        return f.decls().stream().anyMatch(d -> d instanceof Decl.GenDecl g && g.tok() == Token.IMPORT);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The signature SIG denotes, or null after reporting why not to diags. */
    public static Signature read(String sig, Diagnostics diags) {
        return new SignatureSource(sig).read(diags);
    }

    private Signature read(Diagnostics diags) {
        List<Attempt> failed = new ArrayList<>();
        Attempt declarations = new Attempt(-1);
        if (declarations.lastFunc() != null) return declarations.check(diags);
        List<Integer> cuts = cuts();
        for (int i = cuts.size() - 1; i >= 0; i--) {
            Attempt a = new Attempt(cuts.get(i));
            if (a.parseErrors.hasErrors()) failed.add(a);
            else if (a.typeItem() != null) return a.check(diags);
            // else the cut is inside a comment or string, which swallowed the inserted text
        }
        if (!declarations.parseErrors.hasErrors()) {
            diags.error(end, "missing func type at the end of SIG");
            return null;
        }
        failed.add(declarations);
        // the reading that got furthest explains the mistake best; on a tie the earlier one
        Attempt best = failed.getFirst();
        for (Attempt a : failed) if (a.firstError().pos().compareTo(best.firstError().pos()) > 0) best = a;
        best.report(best.parseErrors, diags);
        return null;
    }

    /** Where the item that is a type may begin: SIG's start and every place after a ';' or line break. */
    private List<Integer> cuts() {
        List<Integer> cuts = new ArrayList<>(List.of(0));
        for (int i = 0; i < sig.length; i++) if (sig[i] == ';' || sig[i] == '\n') cuts.add(i + 1);
        return cuts;
    }

    /** The line and byte column in SIG of the byte at offset. */
    private Pos posAt(int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (sig[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Pos(FILENAME, line, offset - lineStart + 1);
    }

    /** SIG read as a Go file, with "type _ = " inserted at offset cut (none when cut is -1). */
    private final class Attempt {
        final int cut;
        final Pos cutPos;
        final File file;
        final Diagnostics parseErrors = new Diagnostics();

        Attempt(int cut) {
            this.cut = cut;
            this.cutPos = cut < 0 ? null : posAt(cut);
            ByteArrayOutputStream src = new ByteArrayOutputStream();
            src.writeBytes(header);
            if (cut < 0) {
                src.writeBytes(sig);
            } else {
                src.write(sig, 0, cut);
                src.writeBytes(ALIAS);
                src.write(sig, cut, sig.length - cut);
            }
            this.file = Parser.parse(FILENAME, src.toByteArray(), parseErrors);
        }

        /** Without a type item: the last function declared, or null if there is none or SIG did not parse. */
        Decl.FuncDecl lastFunc() {
            if (parseErrors.hasErrors()) return null;
            return file.decls().reversed().stream().filter(d -> d instanceof Decl.FuncDecl)
                    .map(d -> (Decl.FuncDecl) d).findFirst().orElse(null);
        }

        /** The first parse error, in SIG. */
        Diagnostic firstError() {
            Diagnostic d = parseErrors.sorted().getFirst();
            return new Diagnostic(inSig(d.pos()), d.message());
        }

        /** Type-checks the file and converts the signature; null after reporting errors. */
        Signature check(Diagnostics diags) {
            Diagnostics errors = new Diagnostics();
            Package pkg = Checker.check("abi", List.of(file), (path, pos) -> {
                errors.error(pos, "could not import " + path + " (SIG may import only unsafe)");
                return null;
            }, errors);
            if (errors.hasErrors()) {
                report(errors, diags);
                return null;
            }
            TypeAdapter adapter = new TypeAdapter(pkg);
            if (cut < 0) {
                Obj.Func f = (Obj.Func) pkg.info().defs.get(lastFunc().name());
                return adapter.signature(f.signature());
            }
            Spec.Type item = typeItem();
            Type t = pkg.info().typeOf(item.type());
            if (t.underlying() instanceof Type.Signature s) return adapter.signature(s);
            AbiType shown = adapter.convert(t);
            diags.error(inSig(item.type().pos()), shown.goString() + " is not a func type");
            return null;
        }

        /** The "type _ = T" declaration this attempt inserted; null if the cut is inside a comment or string. */
        Spec.Type typeItem() {
            Pos inserted = new Pos(FILENAME, cutPos.line() + 1, cutPos.col());
            for (Decl d : file.decls()) {
                if (d instanceof Decl.GenDecl g && g.pos().equals(inserted)) return (Spec.Type) g.specs().getFirst();
            }
            return null;
        }

        void report(Diagnostics errors, Diagnostics diags) {
            for (Diagnostic d : errors.sorted()) diags.error(inSig(d.pos()), inSig(d.message()));
        }

        /** Positions mentioned inside a message (such as "other declaration of x"). */
        private String inSig(String message) {
            Matcher m = POSITION.matcher(message);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                Pos p = inSig(new Pos(FILENAME, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                m.appendReplacement(sb, Matcher.quoteReplacement(p.toString()));
            }
            return m.appendTail(sb).toString();
        }

        /**
         * A position in the Go file as a position in SIG: one line up, and left of the inserted
         * text on its line. The first line and anything past SIG's end map to SIG's start and end.
         */
        Pos inSig(Pos p) {
            if (p.line() <= 1) return new Pos(FILENAME, 1, 1);
            int line = p.line() - 1, col = p.col();
            if (cutPos != null && line == cutPos.line() && col >= cutPos.col()) {
                col = Math.max(cutPos.col(), col - ALIAS.length);
            }
            Pos mapped = new Pos(FILENAME, line, col);
            return mapped.compareTo(end) > 0 ? end : mapped;
        }
    }
}

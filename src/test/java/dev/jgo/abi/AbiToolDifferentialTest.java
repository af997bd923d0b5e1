package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.abi.gotypes.SignatureSource;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the path of {@code jgo tool abi} from Go source to an assignment: SIG text, parser,
 * checker, TypeAdapter, Assigner. Signatures of the generator (whose assignments
 * GcAbiDifferentialTest proves equal to gc's) are printed as SIGs and read back; the signature
 * and every assignment must come out exactly as computed from the generator's own types. A
 * handful of hand-written SIGs with what the generator never makes (recursive and mutually recursive types, embedded
 * fields, byte and rune, named func types, constants) are compared with gc directly.
 */
class AbiToolDifferentialTest {
    private static final int FAST = 400;
    private static final int FULL = 3000;

    @TempDir
    Path dir;

    @Test
    void generatedSignaturesReadBackExactly() {
        readBack(FAST, 1);
    }

    @Test
    void manyGeneratedSignaturesReadBackExactly() {
        assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow tier: run with -Djgo.tier=all");
        readBack(FULL, 1000);
    }

    private static void readBack(int count, long seed) {
        SignatureGenerator gen = new SignatureGenerator(seed);
        int methods = 0;
        for (int i = 0; i < count; i++) {
            SignatureGenerator.Generated g = gen.next();
            // a method as a declaration, a function as a func type; declarations on one line or several
            String item = g.receiverBase() != null ? g.goHeader() : g.signature().goString();
            String sig = String.join(i % 2 == 0 ? "; " : "\n", declarations(g.signature(), gen.namedTypes())) + "\n" + item;
            Signature read = read(sig);
            assertEquals(g.signature(), read, sig);
            for (Assigner assigner : assigners()) assertEquals(assigner.assign(g.signature()), assigner.assign(read), sig);
            methods += g.receiverBase() == null ? 0 : 1;
        }
        System.out.printf("abi tool: %d generated signatures (%d methods) read back from Go source exactly%n", count, methods);
    }

    /** The type declarations a signature needs, sorted by name. */
    private static List<String> declarations(Signature s, Map<String, AbiType> known) {
        Map<String, AbiType> used = new TreeMap<>();
        List<Signature.Param> all = new ArrayList<>(s.namedInputs());
        all.addAll(s.results());
        for (Signature.Param p : all) definedTypes(p.type(), used);
        used.replaceAll((name, t) -> known.get(name));
        return used.entrySet().stream().map(e -> "type " + e.getKey() + " " + e.getValue().goString()).toList();
    }

    /** Collects the defined types t mentions (with their underlying types), except the predeclared error. */
    private static void definedTypes(AbiType t, Map<String, AbiType> out) {
        switch (t) {
            case AbiType.Named n -> {
                if (!n.name().equals("error") && out.put(n.name(), n.underlying()) == null) definedTypes(n.underlying(), out);
            }
            case AbiType.Pointer p -> definedTypes(p.elem(), out);
            case AbiType.Slice sl -> definedTypes(sl.elem(), out);
            case AbiType.Array a -> definedTypes(a.elem(), out);
            case AbiType.MapType m -> {
                definedTypes(m.key(), out);
                definedTypes(m.value(), out);
            }
            case AbiType.Chan c -> definedTypes(c.elem(), out);
            case AbiType.Func f -> {
                f.params().forEach(x -> definedTypes(x, out));
                f.results().forEach(x -> definedTypes(x, out));
            }
            case AbiType.Struct st -> st.fields().forEach(f -> definedTypes(f.type(), out));
            case AbiType.Interface i -> i.methods().forEach(m -> definedTypes(m.signature(), out));
            case AbiType.Basic b -> {}
            case AbiType.Ref r -> {}
        }
    }

    private static Signature read(String sig) {
        Diagnostics diags = new Diagnostics();
        Signature read = SignatureSource.read(sig, diags);
        assertEquals(List.of(), diags.sorted(), sig);
        assertNotNull(read, sig);
        return read;
    }

    private static List<Assigner> assigners() {
        List<Assigner> all = new ArrayList<>();
        for (Arch arch : Arch.values()) all.add(Assigner.abiInternal(arch));
        all.add(Assigner.abi0());
        return all;
    }

    /** SIGs with distinct type names, so that they can share one Go file. */
    private static final List<String> HAND_WRITTEN = List.of(
            "type Pt struct{ X, Y float64 }; func (p *Pt) scale(f float32, s []int, n [2]int8) (q Pt, err error)",
            "type List struct{ next *List; val int }\nfunc (l List) walk(b byte, r rune, u unsafe.Pointer) (last *List, ok bool)",
            "type Fn func(a int, b ...string) (n int, err error); Fn",
            "type Inner struct{ a int8; b float32 }; type Emb struct{ Inner; c complex64; _ [0]int64 }\n"
                    + "func(e Emb, m map[string]int, ch <-chan struct{}, i interface{ fmt() string }) (z [1]Emb, w *Inner)",
            "const N = 3; type Arr [N]uint16; type Alias = Arr; func(a Alias, b [1]Arr, c [0]string, d struct{}) (x int64, y float64)",
            "type Nc struct{ p *Mc }; type Mc struct{ n Nc; x int32 }; func(a Nc, b Mc) (c Mc, d *Nc)",
            "type Big struct{ a, b, c, d, e int; f, g string }; func (_ Big) many(x1, x2, x3, x4 complex128, y1, y2, y3, y4 complex128, z Big) (r Big, s Big)");

    @Test
    void handWrittenSignaturesMatchGc() throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "gc 1.19 (golang-1.19-go) is not installed");
        List<SignatureGenerator.Generated> functions = new ArrayList<>();
        Map<String, AbiType> types = new TreeMap<>();
        for (String sig : HAND_WRITTEN) {
            Signature s = read(sig);
            String name = "h" + functions.size();
            AbiType.Named base = s.receiver() == null ? null : receiverBase(s.receiver().type());
            functions.add(new SignatureGenerator.Generated(name, s, base, s.receiver() != null && s.receiver().type() instanceof AbiType.Pointer));
            List<Signature.Param> all = new ArrayList<>(s.namedInputs());
            all.addAll(s.results());
            for (Signature.Param p : all) definedTypes(p.type(), types);
        }
        for (Arch arch : Arch.values()) {
            GcAbiProbe.Outcome outcome = GcAbiProbe.run(go, arch, functions, types, dir);
            System.out.printf("abi tool %s: %d hand-written SIGs compared with gc: %d facts, %d mismatches%n",
                    arch.goarch(), outcome.functions(), outcome.facts(), outcome.mismatches().size());
            assertEquals(List.of(), outcome.mismatches(), arch.goarch());
        }
    }

    private static AbiType.Named receiverBase(AbiType t) {
        return (AbiType.Named) (t instanceof AbiType.Pointer p ? p.elem() : t);
    }
}

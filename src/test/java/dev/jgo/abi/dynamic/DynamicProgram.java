package dev.jgo.abi.dynamic;

import dev.jgo.abi.AbiType;
import dev.jgo.abi.Signature;
import dev.jgo.abi.SignatureGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Go sources of one batch of the dynamic check. For each random signature i, jgo compiles
 *
 * <pre>
 * //go:nosplit
 * func Fi(p0 A0, …, g func(A0, …) (B0, …), io *IOi, …) (B0, …) {
 *     io.In.p0 = p0; …                          // what gc passed, as jgo received it
 *     io.GR.r0, … = g(io.GA.p0, …)             // a call of gc code; what it returned, as jgo received it
 *     return io.Ret.r0, …                       // results for gc to receive
 * }
 * </pre>
 *
 * and gc compiles a harness case that fills {@code Argsi}, {@code io.GA}, {@code io.Ret} and the
 * results of its callback (a closure) with random values, calls Fi through a func value, and
 * compares four things leaf by leaf and bit for bit: io.In with the arguments it passed (gc → jgo
 * arguments), what the callback received with io.GA (jgo → gc arguments), io.GR with what the
 * callback returned (gc → jgo results) and what Fi returned with io.Ret (jgo → gc results). Each
 * crossing is checked on its own against memory that plain loads and stores fill, so no two
 * mistakes can cancel out. The callback {@code g} and the record {@code io} are two more
 * pointer-shaped arguments, put at random places among the others.
 *
 * <p>Half the functions forward instead: they pass their own parameters to g and return g's
 * results ({@code r0, … := g(p0, …); io.GR.r0, … = r0, …; return r0, …}), so that jgo moves
 * values straight from incoming to outgoing registers, and the harness expects the arguments it
 * passed and the callback's results. io.In and io.GR still check the two crossings into jgo on
 * their own.
 */
final class DynamicProgram {
    /**
     * One signature: the types of its inputs (a method's receiver first) and results, where g and
     * io go, and whether Fi forwards (passes its own parameters to g and returns g's results).
     */
    record Case(int index, String origin, List<AbiType> params, List<AbiType> results, int callbackAt, int recordAt,
                boolean forward) {
        static Case of(int index, SignatureGenerator.Generated g, Random random) {
            Signature s = g.signature();
            List<AbiType> params = new ArrayList<>();
            if (s.receiver() != null) params.add(s.receiver().type());
            s.params().forEach(p -> params.add(p.type()));
            List<AbiType> results = s.results().stream().map(Signature.Param::type).toList();
            int callbackAt = random.nextInt(params.size() + 1);
            int recordAt = random.nextInt(params.size() + 2);
            return new Case(index, g.symbol(), params, results, callbackAt, recordAt, random.nextBoolean());
        }

        String jgoName() {
            return "F" + index;
        }

        /** Fi's signature as the ABI library sees it (io as a plain pointer: the same shape). */
        Signature signature() {
            List<Signature.Param> in = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) in.add(new Signature.Param("p" + i, params.get(i)));
            List<Signature.Param> out = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) out.add(new Signature.Param("r" + i, results.get(i)));
            return Signature.function(withCallbackAndRecord(in, new Signature.Param("g", new AbiType.Func(params, results, false)),
                    new Signature.Param("io", new AbiType.Pointer(AbiType.Basic.INT))), out);
        }

        /** The callback's type: {@code func(A0, …) (B0, …)}. */
        String callbackType() {
            return "func(" + String.join(", ", paramTypes()) + ")" + resultTypes();
        }

        /** Fi's parameter list: p0 A0, …, with g and io inserted at their places. */
        String parameterList() {
            return String.join(", ", withCallbackAndRecord(namedParams(), "g " + callbackType(), "io *IO" + index));
        }

        /** "p0 A0", … */
        List<String> namedParams() {
            return IntStream.range(0, params.size()).mapToObj(i -> "p" + i + " " + params.get(i).goString()).toList();
        }

        /** The arguments of a call of Fi: prefix + "p0", …, with gArg and ioArg at their places. */
        String argumentsOfF(String prefix, String gArg, String ioArg) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) args.add(prefix + "p" + i);
            return String.join(", ", withCallbackAndRecord(args, gArg, ioArg));
        }

        /** Fi's type, for the harness's func variable. */
        String jgoFuncType() {
            return "func(" + String.join(", ", withCallbackAndRecord(paramTypes(), callbackType(), "*IO" + index)) + ")" + resultTypes();
        }

        /** " (B0, …)", or nothing without results. */
        String resultTypes() {
            return results.isEmpty() ? "" : " (" + results.stream().map(AbiType::goString).collect(Collectors.joining(", ")) + ")";
        }

        private List<String> paramTypes() {
            return params.stream().map(AbiType::goString).toList();
        }

        /** The inputs with the callback's and the record's inserted at their places. */
        private <T> List<T> withCallbackAndRecord(List<T> inputs, T callback, T record) {
            List<T> all = new ArrayList<>(inputs);
            all.add(callbackAt, callback);
            all.add(recordAt, record);
            return all;
        }

        /** "p0, p1, …" with a prefix, or "r0, …". */
        String names(String prefix, String letter, int n) {
            return IntStream.range(0, n).mapToObj(i -> prefix + letter + i).collect(Collectors.joining(", "));
        }
    }

    /**
     * One case of the harness: random values, one call of Fi through a func value, the four
     * comparisons. The callback is a closure (it captures gArgs and gRes), so jgo's call must
     * pass its context register.
     */
    private static final String CASE = """

            func case$I(entry uintptr, r *rand.Rand) int {
            	var a Args$I
            	fill(&a, r)
            	io := new(IO$I)
            	fill(&io.GA, r)
            	fill(&io.Ret, r)
            	var gArgs Args$I
            	var gRes Res$I
            	fill(&gRes, r)
            	g := func($GPARAMS)$RESULTS {
            		gArgs = Args$I{$PNAMES}
            		$GRETURN
            	}
            	var f $FTYPE
            	jgoFunc(unsafe.Pointer(&f), entry)
            	var ret Res$I
            	$CALL
            	return check("$AT gc→jgo argument", &io.In, &a) +
            		check("$AT jgo→gc argument", &gArgs, $WANTARGS) +
            		check("$AT gc→jgo result", &io.GR, &gRes) +
            		check("$AT jgo→gc result", &ret, $WANTRESULTS)
            }
            """;

    private static final Pattern FUNC_LINE = Pattern.compile("func F(\\d+)\\(");

    private final List<Case> cases;
    private final Map<String, AbiType> namedTypes;

    DynamicProgram(List<Case> cases, Map<String, AbiType> namedTypes) {
        this.cases = List.copyOf(cases);
        this.namedTypes = Map.copyOf(namedTypes);
    }

    List<Case> cases() {
        return cases;
    }

    /** The same program without the cases of the given indices. */
    DynamicProgram without(Set<Integer> indices) {
        return new DynamicProgram(cases.stream().filter(c -> !indices.contains(c.index)).toList(), namedTypes);
    }

    /** The index of the case whose function holds line (1-based) of {@link #jgoSource()}, or -1. */
    int caseAt(int line) {
        List<String> lines = jgoSource().lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher m = FUNC_LINE.matcher(lines.get(i));
            if (m.lookingAt()) return Integer.parseInt(m.group(1));
        }
        return -1;
    }

    /** The package jgo compiles: the declarations, every Fi, and an empty main. */
    String jgoSource() {
        StringBuilder b = new StringBuilder("package main\n\n");
        String decls = declarations();
        if (decls.contains("unsafe.")) b.append("import \"unsafe\"\n\n");
        b.append(decls);
        for (Case c : cases) {
            b.append("\n//go:nosplit\nfunc ").append(c.jgoName()).append("(").append(c.parameterList()).append(")")
                    .append(c.resultTypes()).append(" {\n");
            int np = c.params.size(), nr = c.results.size();
            for (int i = 0; i < np; i++) b.append("\tio.In.p").append(i).append(" = p").append(i).append("\n");
            if (c.forward) {
                String call = "g(" + c.names("", "p", np) + ")";
                b.append("\t").append(nr == 0 ? call : c.names("", "r", nr) + " := " + call).append("\n");
                if (nr > 0) {
                    b.append("\t").append(c.names("io.GR.", "r", nr)).append(" = ").append(c.names("", "r", nr)).append("\n");
                    b.append("\treturn ").append(c.names("", "r", nr)).append("\n");
                }
            } else {
                String call = "g(" + c.names("io.GA.", "p", np) + ")";
                b.append("\t").append(nr == 0 ? call : c.names("io.GR.", "r", nr) + " = " + call).append("\n");
                if (nr > 0) b.append("\treturn ").append(c.names("io.Ret.", "r", nr)).append("\n");
            }
            b.append("}\n");
        }
        return b.append("\nfunc main() {}\n").toString();
    }

    /**
     * The generated file of gc's harness (support.go is the rest): the declarations, the image's
     * address, and per case the function that runs and checks it.
     */
    String harnessSource(long imageBase) {
        StringBuilder b = new StringBuilder("package main\n\nimport (\n\t\"math/rand\"\n\t\"unsafe\"\n)\n\n");
        b.append(declarations());
        b.append(String.format("%nconst imageBase = %#x%n", imageBase));
        b.append("\nvar cases = []func(uintptr, *rand.Rand) int{");
        b.append(cases.stream().map(c -> "case" + c.index).collect(Collectors.joining(", "))).append("}\n");
        for (Case c : cases) {
            int np = c.params.size(), nr = c.results.size();
            String call = "f(" + c.argumentsOfF("a.", "g", "io") + ")";
            b.append(CASE.replace("$I", Integer.toString(c.index))
                    .replace("$AT", "case " + c.index + " (" + c.origin + "):")
                    .replace("$GPARAMS", String.join(", ", c.namedParams()))
                    .replace("$RESULTS", c.resultTypes())
                    .replace("$PNAMES", c.names("", "p", np))
                    .replace("$GRETURN", nr == 0 ? "" : "return " + c.names("gRes.", "r", nr))
                    .replace("$FTYPE", c.jgoFuncType())
                    .replace("$CALL", nr == 0 ? call : c.names("ret.", "r", nr) + " = " + call)
                    .replace("$WANTARGS", c.forward ? "&a" : "&io.GA")
                    .replace("$WANTRESULTS", c.forward ? "&gRes" : "&io.Ret"));
        }
        return b.toString();
    }

    /** The generator's defined types, and per case Argsi, Resi and IOi. */
    private String declarations() {
        StringBuilder b = new StringBuilder();
        namedTypes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append("type ").append(e.getKey()).append(" ").append(e.getValue().goString()).append("\n"));
        for (Case c : cases) {
            b.append("\ntype Args").append(c.index).append(" struct {\n");
            for (String p : c.namedParams()) b.append("\t").append(p).append("\n");
            b.append("}\n\ntype Res").append(c.index).append(" struct {\n");
            for (int i = 0; i < c.results.size(); i++) b.append("\tr").append(i).append(" ").append(c.results.get(i).goString()).append("\n");
            b.append("}\n\ntype IO").append(c.index).append(" struct {\n\tIn, GA Args").append(c.index)
                    .append("\n\tGR, Ret Res").append(c.index).append("\n}\n");
        }
        return b.toString();
    }
}

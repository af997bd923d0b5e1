package dev.jgo.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the assignment algorithm needs of a function or method: the receiver (null for a
 * function), the parameters and the results, each with its name as written (null when unnamed).
 */
public record Signature(Param receiver, List<Param> params, List<Param> results) {
    public Signature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** A receiver, parameter or result; name is null when the source leaves it unnamed. */
    public record Param(String name, AbiType type) {
        public static Param unnamed(AbiType type) {
            return new Param(null, type);
        }
    }

    public static Signature function(List<Param> params, List<Param> results) {
        return new Signature(null, params, results);
    }

    public static Signature method(Param receiver, List<Param> params, List<Param> results) {
        return new Signature(receiver, params, results);
    }

    /**
     * The inputs in assignment order (receiver first), each named the way the rendering shows it:
     * an unnamed parameter i is {@code ~p<i>} (counting from the first non-receiver parameter),
     * an unnamed receiver {@code ~rcvr}; a blank one stays {@code _}.
     */
    public List<Param> namedInputs() {
        List<Param> in = new ArrayList<>();
        if (receiver != null) in.add(new Param(receiver.name() == null ? "~rcvr" : receiver.name(), receiver.type()));
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            in.add(new Param(p.name() == null ? "~p" + i : p.name(), p.type()));
        }
        return in;
    }

    /**
     * The results, named as gc names them: an unnamed result i is {@code ~r<i>}, a blank one
     * {@code ~b<i>}, where i is the result's position.
     */
    public List<Param> namedResults() {
        List<Param> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Param r = results.get(i);
            String name = r.name() == null ? "~r" + i : r.name().equals("_") ? "~b" + i : r.name();
            out.add(new Param(name, r.type()));
        }
        return out;
    }

    /** The signature as a Go func type (with the receiver in front when it is a method). */
    public String goString() {
        StringBuilder sb = new StringBuilder("func");
        if (receiver != null) sb.append(" (").append(param(receiver)).append(")");
        sb.append(params.stream().map(Signature::param).collect(Collectors.joining(", ", "(", ")")));
        if (results.size() == 1 && results.getFirst().name() == null) {
            sb.append(" ").append(results.getFirst().type().goString());
        } else if (!results.isEmpty()) {
            sb.append(results.stream().map(Signature::param).collect(Collectors.joining(", ", " (", ")")));
        }
        return sb.toString();
    }

    private static String param(Param p) {
        return p.name() == null ? p.type().goString() : p.name() + " " + p.type().goString();
    }
}

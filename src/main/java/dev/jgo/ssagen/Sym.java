package dev.jgo.ssagen;

import dev.jgo.types.Type;

/**
 * The link-time names SSA refers to: functions and globals by their qualified name ("main.f",
 * "runtime.growslice", "main.(*T).m"), and type descriptors ("type.int") that runtime calls such
 * as growslice take. The object file layer turns them into symbols.
 */
public sealed interface Sym {

    /** A function or package-level variable. For functions, sig is the Go signature. */
    record Global(String name, Type type) implements Sym {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The type descriptor of type (its address is what runtime.newobject and friends take). */
    record TypeDesc(Type type) implements Sym {
        @Override
        public String toString() {
            return "type." + TypeNames.link(type);
        }
    }

    /** gc's go.itab.T,I: the method table of concrete type concrete as interface iface. */
    record Itab(Type concrete, Type iface) implements Sym {
        @Override
        public String toString() {
            return "go.itab." + TypeNames.link(concrete) + "," + TypeNames.link(iface);
        }
    }

    /** A compiler temporary in the stack frame (gc's autotmp_N). */
    record Temp(int n, Type type) implements Sym {
        @Override
        public String toString() {
            return "autotmp_" + n;
        }
    }
}

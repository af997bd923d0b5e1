package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.build.Loader;
import dev.jgo.ssagen.BoundsKind;
import dev.jgo.ssagen.Runtime;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runtime implements what the compiler calls: every function of the call table
 * (dev.jgo.ssagen.Runtime) with the same signature, and every kind of bounds failure with a
 * stub that passes goPanicBounds that kind's ordinal.
 */
class CallTableTest {
    static Package runtime() {
        Diagnostics d = new Diagnostics();
        Package p = new Loader(RuntimeSources.STD, d).importPackage("runtime", Pos.NONE);
        assertEquals(List.of(), d.sorted());
        return p;
    }

    @Test
    void everyTableFunctionIsDeclaredWithTheTableSignature() throws Exception {
        Field f = Runtime.class.getDeclaredField("TABLE");
        f.setAccessible(true);
        Matcher m = Pattern.compile("(?m)^func (\\w+)\\(").matcher((String) f.get(null));
        Package rt = runtime();
        int n = 0;
        while (m.find()) {
            String name = m.group(1);
            Obj o = rt.scope().lookup(name);
            assertNotNull(o, "runtime does not declare " + name);
            assertInstanceOf(Obj.Func.class, o, name);
            assertEquals(shape(Runtime.func(name).type()), shape(o.type()), name);
            n++;
        }
        assertTrue(n >= 30, "functions in the table: " + n);
    }

    /** A signature as the ABI sees it: parameter and result types in order, names dropped. */
    static String shape(Type t) {
        return switch (t) {
            case Type.Signature s -> "(" + tuple(s.params()) + ")(" + tuple(s.results()) + ")";
            case Type.Pointer p -> "*" + shape(p.elem());
            case Type.Slice s -> "[]" + shape(s.elem());
            case Type.Array a -> "[" + a.len() + "]" + shape(a.elem());
            default -> t.toString();
        };
    }

    private static String tuple(Type.Tuple t) {
        return t.vars().stream().map(v -> shape(v.type())).collect(Collectors.joining(", "));
    }

    @Test
    void boundsStubsPassTheirKind() throws Exception {
        String asm = Files.readString(RuntimeSources.DIR.resolve("asm_amd64.s"));
        Matcher m = Pattern.compile("TEXT runtime·panic(\\w+)<ABIInternal>\\(SB\\)[^\\n]*\\n((?:\\t[^\\n]*\\n)*?)\\tJMP\\truntime·goPanicBounds")
                .matcher(asm);
        List<BoundsKind> seen = new ArrayList<>();
        while (m.find()) {
            BoundsKind k = kindOf(m.group(1));
            Matcher mov = Pattern.compile("MOVQ\\t\\$(\\d+), CX").matcher(m.group(2));
            assertTrue(mov.find(), m.group(1));
            assertEquals(k.ordinal(), Integer.parseInt(mov.group(1)), "panic" + m.group(1));
            seen.add(k);
        }
        assertEquals(List.of(BoundsKind.values()), seen);
    }

    /** panicSlice3AcapU → SLICE3_ACAP_U, panicSliceConvert → CONVERT. */
    static BoundsKind kindOf(String stub) {
        if (stub.equals("SliceConvert")) return BoundsKind.CONVERT;
        String u = stub.endsWith("U") ? "_U" : "";
        String base = u.isEmpty() ? stub : stub.substring(0, stub.length() - 1);
        return BoundsKind.valueOf(base.replaceFirst("^(Slice3?)(.+)$", "$1_$2").toUpperCase() + u);
    }
}

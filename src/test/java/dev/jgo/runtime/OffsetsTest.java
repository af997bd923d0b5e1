package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.constant.Constant;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The offsets assembly uses (offsets_amd64.h) are where jgo's type checker lays the fields out
 * in runtime2.go; and g's first fields are where generated code looks for them.
 */
class OffsetsTest {
    static final Package RT = CallTableTest.runtime();

    @Test
    void headerOffsetsMatchTheGoLayout() throws Exception {
        String h = Files.readString(RuntimeSources.DIR.resolve("offsets_amd64.h"));
        Matcher m = Pattern.compile("(?m)^#define ([a-z]\\w*?)_(\\w+) (\\d+)$").matcher(h);
        int n = 0;
        while (m.find()) {
            assertEquals(Long.parseLong(m.group(3)), offset(struct(m.group(1)), m.group(2)), m.group(0));
            n++;
        }
        assertTrue(n >= 10, "offsets checked: " + n);
        Matcher guard = Pattern.compile("(?m)^#define STACK_GUARD (\\d+)$").matcher(h);
        assertTrue(guard.find());
        Obj.Const c = (Obj.Const) RT.scope().lookup("stackGuard");
        assertEquals(Constant.int64Val(c.val()), Long.parseLong(guard.group(1)));
    }

    @Test
    void prologueAndWrapperFieldsAreWhereTheCompilerLooks() {
        assertEquals(16, offset(struct("g"), "stackguard0"));
        assertEquals(32, offset(struct("g"), "_panic"));
    }

    static Type.Struct struct(String name) {
        Obj o = RT.scope().lookup(name);
        assertNotNull(o, name);
        return (Type.Struct) o.type().underlying();
    }

    /** The offset of a field path written with underscores (stack_lo is stack.lo). */
    static long offset(Type.Struct s, String path) {
        long[] offs = Sizes.offsetsof(s);
        for (int i = 0; i < s.fields().size(); i++) {
            String f = s.fields().get(i).name();
            if (path.equals(f)) return offs[i];
            if (path.startsWith(f + "_") && s.fields().get(i).type().underlying() instanceof Type.Struct inner) {
                return offs[i] + offset(inner, path.substring(f.length() + 1));
            }
        }
        throw new AssertionError("no field " + path);
    }
}

package dev.jgo.ssagen;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Obj;
import dev.jgo.types.Package;
import dev.jgo.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every runtime function the generated SSA calls, with gc 1.19's names and the signatures gc's
 * SSA uses at the call site. The table is Go source so that it is type-checked into real
 * {@link Type.Signature}s (the ABI assigns registers from them) and so that the runtime written
 * in Go under src/main/go/runtime can declare the same functions.
 *
 * <p>Where gc's runtime declares an aggregate parameter the call site passes its words
 * separately (growslice takes the old slice as ptr, len, cap and returns ptr, len, cap); the
 * register assignment is the same either way.
 */
public final class Runtime {
    private Runtime() {}

    /** The declarations, one function per line. */
    static final String TABLE = """
            package runtime

            import "unsafe"

            type _type struct{}
            type interfacetype struct{}
            type itab struct{}
            type tmpBuf [32]byte
            type maptype struct{}
            type hmap struct{}
            type hiter struct{}

            // memory
            func newobject(typ *_type) unsafe.Pointer
            func makeslice(et *_type, len, cap int) unsafe.Pointer
            func growslice(et *_type, oldPtr unsafe.Pointer, oldLen, oldCap, newLen int) (unsafe.Pointer, int, int)
            func memmove(to, from unsafe.Pointer, n uintptr)
            func memequal(a, b unsafe.Pointer, size uintptr) bool

            // strings
            func concatstring2(buf *tmpBuf, a0, a1 string) string
            func concatstring3(buf *tmpBuf, a0, a1, a2 string) string
            func concatstring4(buf *tmpBuf, a0, a1, a2, a3 string) string
            func concatstring5(buf *tmpBuf, a0, a1, a2, a3, a4 string) string
            func concatstrings(buf *tmpBuf, a []string) string
            func cmpstring(a, b string) int
            func intstring(buf *[4]byte, v int64) string
            func slicebytetostring(buf *tmpBuf, ptr *byte, n int) string
            func stringtoslicebyte(buf *tmpBuf, s string) []byte
            func stringtoslicerune(buf *[32]rune, s string) []rune
            func slicerunetostring(buf *tmpBuf, a []rune) string
            func decoderune(s string, k int) (rune, int)

            // complex division (gc's complex128div, Inf and NaN handled as C99 does)
            func complex128div(n complex128, m complex128) complex128

            // panic(v): v converted to an empty interface; run-time errors that are not bounds
            // errors (those are the PanicBounds op)
            func gopanic(e any)
            func panicdivide()
            func panicshift()

            // interfaces: inter is an interface type's descriptor, tab an itab (nil for a nil
            // interface), t a dynamic type (nil likewise)
            func convI2I(inter *interfacetype, tab *itab) *itab
            func assertE2I(inter *interfacetype, t *_type) *itab
            func assertE2I2(inter *interfacetype, t *_type) *itab
            func panicdottype(have, want, iface *_type)
            func panicnildottype(want *_type)
            func efaceeq(t *_type, x, y unsafe.Pointer) bool
            func panicwrap(msg string)

            // maps: keys are passed by address, elements returned by address (docs/runtime.md)
            func makemap(t *maptype, hint int, h *hmap) *hmap
            func mapaccess1(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer
            func mapaccess2(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool)
            func mapassign(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer
            func mapdelete(t *maptype, h *hmap, key unsafe.Pointer)
            func mapiterinit(t *maptype, h *hmap, it *hiter)
            func mapiternext(it *hiter)

            // hash and equality functions (dev.jgo.ssagen.Algs): generated ones call these
            func memhash(p unsafe.Pointer, h, size uintptr) uintptr
            func memhash0(p unsafe.Pointer, h uintptr) uintptr
            func memhash8(p unsafe.Pointer, h uintptr) uintptr
            func memhash16(p unsafe.Pointer, h uintptr) uintptr
            func memhash32(p unsafe.Pointer, h uintptr) uintptr
            func memhash64(p unsafe.Pointer, h uintptr) uintptr
            func f32hash(p unsafe.Pointer, h uintptr) uintptr
            func f64hash(p unsafe.Pointer, h uintptr) uintptr
            func c64hash(p unsafe.Pointer, h uintptr) uintptr
            func c128hash(p unsafe.Pointer, h uintptr) uintptr
            func strhash(p unsafe.Pointer, h uintptr) uintptr
            func interhash(p unsafe.Pointer, h uintptr) uintptr
            func nilinterhash(p unsafe.Pointer, h uintptr) uintptr
            func memequal0(p, q unsafe.Pointer) bool
            func memequal8(p, q unsafe.Pointer) bool
            func memequal16(p, q unsafe.Pointer) bool
            func memequal32(p, q unsafe.Pointer) bool
            func memequal64(p, q unsafe.Pointer) bool
            func f32equal(p, q unsafe.Pointer) bool
            func f64equal(p, q unsafe.Pointer) bool
            func c64equal(p, q unsafe.Pointer) bool
            func c128equal(p, q unsafe.Pointer) bool
            func strequal(p, q unsafe.Pointer) bool
            func interequal(p, q unsafe.Pointer) bool
            func nilinterequal(p, q unsafe.Pointer) bool

            // defer and recover (argp: the caller's stack pointer of the function calling)
            func deferproc(fn func(), resumed *bool)
            func deferreturn()
            func gorecover(argp uintptr) any
            func wrapperargp(argp uintptr)

            // print and println
            func printlock()
            func printunlock()
            func printsp()
            func printnl()
            func printbool(v bool)
            func printfloat(v float64)
            func printcomplex(c complex128)
            func printint(v int64)
            func printuint(v uint64)
            func printstring(s string)
            func printpointer(p unsafe.Pointer)
            func printslice(s []byte)
            func printeface(e any)
            """;

    private static final Package PKG = check();

    private static Package check() {
        Diagnostics diags = new Diagnostics();
        File f = Parser.parse("runtime.go", TABLE.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("runtime", List.of(f), (path, pos) -> null, diags);
        if (diags.hasErrors()) throw new IllegalStateException("runtime table: " + diags.sorted());
        return p;
    }

    /** The symbol of runtime function name; its type is the signature. */
    public static Sym.Global func(String name) {
        if (!(PKG.scope().lookup(name) instanceof Obj.Func fn)) {
            throw new IllegalArgumentException("no runtime function " + name + " in the table");
        }
        return new Sym.Global("runtime." + name, fn.signature());
    }

    /** The runtime package's declared type name (for the parameters typed *_type, *tmpBuf). */
    static Type type(String name) {
        return PKG.scope().lookup(name).type();
    }
}

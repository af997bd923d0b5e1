package dev.jgo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential: for invalid programs, jgo reports exactly gc's errors (positions and wording). */
class GcMessagesTest {
    @TempDir
    Path tmp;

    static Stream<String> programs() {
        return Stream.of("""
                package main

                func f() (int, int) { return 1, 2 }

                func g(a int) int { return a }

                type T struct{ x int }

                func (t T) M() {}

                type I interface{ M(); N() }

                func main() {
                	x := 1
                	var s string = x
                	a, b := f(), 1
                	_ = g(1, 2)
                	_ = g()
                	var t T
                	_ = t.y
                	var i I = t
                	_ = i
                	_ = !x
                	if x {
                	}
                }
                """, """
                package main

                func main() {
                	1
                	y := "a" + 1
                	var u uint8 = 256
                	_ = 1 / 0
                	_ = y
                	_ = u
                	return 1
                }

                func h() int {
                }

                func k() int {
                	return
                }
                """, """
                package main

                type T int

                func (T) m() {}
                func (T) m() {}

                var x = x

                type R struct{ r R }

                func main() {
                	continue
                	goto L
                	var v int
                L:
                	v = 1
                	_ = v
                	switch {
                	case true:
                		fallthrough
                	}
                	a := 1
                	a := 2
                }
                """, """
                package main

                func main() {
                	const c = 10
                	c = 5
                	var m map[[]int]bool
                	_ = m
                	var p *int
                	p.x = 1
                	_ = append(1, 2)
                	_ = len(1)
                	var ch <-chan int
                	ch <- 1
                	close(ch)
                }
                """, """
                package main

                func main() {
                	_ = make(int)
                	_ = new(1)
                	var e interface{}
                	switch z := e.(type) {
                	}
                	var f func()
                	_ = f == f
                	_ = []int{} == nil
                	var s struct{ a []int }
                	_ = s == s
                }
                """, """
                package main

                type S struct{ a int }

                func (s *S) P() {}

                type I interface{ P() }

                func f(i I) {}

                func main() {
                	var s S
                	f(s)
                	S.P(s)
                	var arr [3]int
                	_ = arr[5]
                	_ = arr[-1]
                	var f float64 = "x"
                	_ = f
                	_ = s.a.b
                	_ = int("a")
                }
                """, """
                package main

                const c int8 = 1000

                const (
                	a = iota * 100
                	b int8 = iota * 100
                	d
                )

                var _ = byte(256)
                var _ int = 1.5
                var _ = 1 << 1000
                var _ string = 'a' + 1.0

                func main() {
                L:
                	for {
                	}
                	goto M
                	x, y := 1
                	_, _ = x, y
                }
                """, """
                package main

                type A struct{ H int }

                func (A) G() {}

                type B struct {
                	G int
                	H int
                }

                type C struct {
                	A
                	B
                }

                var _ = C.G

                func main() {
                	var c C
                	_ = c.H
                	s := uint(3)
                	var f float64 = 1 << s
                	_ = f
                	var e error = c
                	_ = e
                }
                """, """
                package main

                type I interface{ M() }
                type T struct{}

                func three() (int, int, int) { return 1, 2, 3 }
                func none()                  {}

                var _ = 1 / 1e-600000000i

                func main() {
                	x := three()
                	_ = none()
                	var s []int
                	_ = append(s...)
                	_ = append(s, 2, s...)
                	var pi *I
                	var i I = pi
                	_ = I(T{})
                	const k = 1
                	switch v := k.(type) {
                	}
                	_, _ = x, i
                }
                """, """
                package main

                var (
                	a, b = f()
                	c    = b
                )

                func f() (int, int) { return c, c }

                type E struct{ x int }
                type P *E

                func (p P) m() {}

                func g(url string, u url.Values) {}

                func main() {
                	var p P
                	_ = p.x
                	for a, a := range []int{} {
                	}
                	_ = map[string]int{"a": 1, "a": 2}
                	_ = [2]int{1, 2, 3}
                }
                """, """
                package main

                import "unsafe"

                type A [2]A
                type L struct{ next *L; arr [3]L }

                func init() {}

                func f(x int) int {
                	switch x {
                	case 1:
                		return 1
                	default:
                		break
                	}
                }

                func g(x int) int {
                	for {
                		if x > 0 {
                			break
                		}
                	}
                }

                func main() {
                	init()
                	var x int = "s" + 1
                	_ = unsafe.Sizeof(x, x)
                	_ = unsafe.Offsetof(x)
                	var i interface{ M() }
                	_ = i.(int)
                	_ = x.(int)
                	var m map[string]int
                	m["a"]++
                	m.x = 1
                	_ = len(m, m)
                	_ = cap(m)
                	var ch chan<- int
                	<-ch
                	for range ch {
                	}
                	_ = complex(1, "a")
                	_ = real("a")
                	_ = copy(m, m)
                	delete(m)
                }
                """, """
                package main

                func main() {
                	var m map[string]int
                	m.x = 1
                	_ = len(m, m)
                	_ = cap(m)
                	var ch chan<- int
                	<-ch
                	for range ch {
                	}
                	_ = complex(1, "a")
                }

                func h() {
                	var m map[string]int
                	_ = real("a")
                	_ = copy(m, m)
                	delete(m)
                	var s struct{ a, b int }
                	_ = s.a.b
                	type T struct{ T }
                }
                """, """
                package main

                type S struct{ a int }

                func f() (int, error) { return 0, nil }

                func main() {
                	var x int = nil
                	var s S
                	_ = s < s
                	if v, err := f(); err != nil {
                	}
                	s.b()
                	y := 1
                	y.z = 2
                	var p *S
                	p.a, q := 1, 2
                	var fn func(int) string = func(s string) int { return 0 }
                	_ = fn
                	var arr []int = [3]int{}
                	_ = arr
                	_ = x
                }
                """, """
                package main

                import "unsafe"

                type T struct{}

                func (t T) M(x int) {}

                func g(xs ...int) {}

                func main() {
                	var t T
                	t.M()
                	t.M(1, 2)
                	t.M("a")
                	g([]int{1}...)
                	g(1, []int{1}...)
                	var u unsafe.Pointer = &t
                	_ = u
                	var i interface{} = t
                	i.M()
                	var n int
                	n()
                	_ = T{1}
                	_ = S{}
                }
                """);
    }

    @ParameterizedTest
    @MethodSource("programs")
    void sameErrorsAsGc(String src) throws IOException, InterruptedException {
        assumeTrue(GoOracle.go().isPresent(), "gc 1.19 not installed");
        Path file = tmp.resolve("x.go");
        Files.writeString(file, src);
        Process p = new ProcessBuilder(GoOracle.go().get().toString(), "tool", "compile", "-e", "-o",
                tmp.resolve("x.o").toString(), "x.go").directory(tmp.toFile()).redirectErrorStream(true).start();
        List<String> gc = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor();

        CheckSupport s = new CheckSupport();
        s.check("main", src);
        List<String> jgo = s.diags.sorted().stream()
                .flatMap(d -> (d.pos() + ": " + d.message()).lines()).toList();
        assertEquals(String.join("\n", gc), String.join("\n", jgo));
    }
}

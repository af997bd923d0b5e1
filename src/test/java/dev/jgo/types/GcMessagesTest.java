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

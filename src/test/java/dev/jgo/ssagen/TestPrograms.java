package dev.jgo.ssagen;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Go programs of {@link RunTest}, by name. Each prints with print/println and may end in a panic. */
final class TestPrograms {
    private TestPrograms() {}

    static final Map<String, String> ALL = new LinkedHashMap<>();

    private static void add(String name, String body) {
        ALL.put(name, "package main\n\n" + body);
    }

    static {
        add("loops", """
                func sum(n int) int {
                	s := 0
                	for i := 0; i < n; i++ {
                		if i%2 == 0 && i > 3 || i == 1 {
                			s += i
                		}
                	}
                	return s
                }

                func main() {
                	println(sum(10), "x", 1.5, true, -7)
                	x := 0
                outer:
                	for i := 0; ; i++ {
                		for j := 0; j < 10; j++ {
                			if j == 3 {
                				continue outer
                			}
                			if i == 4 {
                				break outer
                			}
                			x += j
                		}
                	}
                	println(x)
                	i := 0
                loop:
                	if i < 5 {
                		i++
                		goto loop
                	}
                	println(i)
                }
                """);
        add("integers", """
                func main() {
                	var a int8 = 127
                	a++
                	var b uint8 = 0
                	b--
                	var c int16 = -32768
                	c = -c
                	var d uint32 = 1 << 31
                	d *= 2
                	var e int64 = -9223372036854775808
                	var m1 int64 = -1
                	println(a, b, c, d, e/m1, e%m1)
                	var s uint = 70
                	var x int32 = -5
                	println(x>>1, uint32(x)>>1, x<<s, x>>s, uint64(1)<<63, int8(-128)/int8(m1))
                	println(7/2, -7/2, 7%-3, -7%3, uint8(200)/3, 0xff&^0x0f)
                	var u8 uint8 = 250
                	println(int(u8), int8(u8), uint16(int8(u8)), int64(uint32(x)), ^x, ^u8)
                }
                """);
        add("floats", """
                func main() {
                	var f float64 = 1.5
                	var g float32 = 0.1
                	println(f*3, g*3, f/0.7, -f, float32(f)/3)
                	var i int = -7
                	var u uint64 = 1<<63 + 5
                	println(float64(i), float32(i), float64(u), int(f*3.9), uint64(float64(u)), uint8(f*100))
                	var c complex128 = complex(1, 2)
                	d := c * c
                	println(c, d, real(d), imag(d), c/complex(0, 1), c == d, c != d)
                	var c64 complex64 = 3 + 4i
                	println(c64*c64, complex128(c64))
                	z := 0.0
                	println(1/z, -1/z, z/z, f < 2, f >= 2)
                }
                """);
        add("divideByZero", """
                func div(a, b int) int { return a / b }

                func main() {
                	println(div(7, 2))
                	println(div(1, 0))
                }
                """);
        add("negativeShift", """
                func main() {
                	n := -1
                	println(1 << 3)
                	println(1 << n)
                }
                """);
    }
}

package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken programs made by cutting, duplicating and replacing bytes of a valid one: the parser
 * must finish quickly and report errors as diagnostics, never as an internal compiler error.
 */
class MutationFuzzTest {
    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"os"
            )

            //go:noinline
            func (t *T) Method(a, b int, c ...string) (x int, err error) {
            	defer func() { recover() }()
            	for i, v := range []int{1, 2, 3} {
            		if v > 1 && i != 0 || !t.ok {
            			continue
            		} else if x := a << 2; x >= 0x1p4 {
            			break
            		}
            	}
            	switch y := interface{}(a).(type) {
            	case int, string:
            		_ = y
            		fallthrough
            	default:
            	}
            	select {
            	case v, ok := <-t.ch:
            		_, _ = v, ok
            	case t.ch <- 1:
            	default:
            	}
            	m := map[string][]*T{"a": {&T{}}, "b": nil}
            	s := m["a"][0:1:1]
            	go fmt.Println(s, 'x', `raw`, 1.5i, 07, 0b1_0)
            L:
            	for {
            		goto L
            	}
            	return len(s), os.ErrClosed
            }

            type T struct {
            	ok bool
            	ch chan int `tag:"x"`
            	fmt.Stringer
            }

            type I interface {
            	M(x int) (int, error)
            	~int | string
            }

            var v, w = [...]int{1: 2}, struct{ a int }{a: 1}

            const (
            	A = iota * 10
            	B
            )
            """;

    private static final String[] SNIPPETS = {"{", "}", "(", ")", "[", "]", ",", ";", ":", "=", ":=", "<-", "\n",
            "func", "if", "else", "for", "range", "case", "type", "struct", "interface", "chan", "map", "...", "*",
            "\"", "'", "`", "/*", "//", "x", "0x", "1e", "\\", ".", "[T any]", "~", "|", "go", "defer", "\u00e9", "\0"};

    @Test
    void mutatedProgramsNeverCrashTheParser() {
        byte[] base = PROGRAM.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20260101);
        List<String> crashes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 3000; round++) {
                byte[] src = mutate(base, random, 1 + random.nextInt(4));
                Diagnostics diags = new Diagnostics();
                Parser.parse("fuzz.go", src, diags);
                for (Diagnostic d : diags.sorted()) {
                    if (d.message().startsWith("internal compiler error")) {
                        crashes.add(d + "\n" + new String(src, StandardCharsets.UTF_8));
                    }
                }
            }
        });
        assertEquals(List.of(), crashes.stream().limit(3).toList());
    }

    private static byte[] mutate(byte[] src, Random random, int edits) {
        byte[] out = src;
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length + 1);
            int len = Math.min(out.length - at, random.nextInt(8));
            byte[] insert = switch (random.nextInt(3)) {
                case 0 -> new byte[0];
                case 1 -> SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8);
                default -> new byte[] {(byte) random.nextInt(256)};
            };
            byte[] next = new byte[out.length - len + insert.length];
            System.arraycopy(out, 0, next, 0, at);
            System.arraycopy(insert, 0, next, at, insert.length);
            System.arraycopy(out, at + len, next, at + insert.length, out.length - at - len);
            out = next;
        }
        return out;
    }
}

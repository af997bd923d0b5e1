// Exercises log (without timestamps, which differ between runs) and io/ioutil.
package main

import (
	"bytes"
	"fmt"
	"io/ioutil"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pre: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("%d-%s", 5, "x")
	l.Println("line", 3)
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[p] ")
	l.Print("msg\n")
	fmt.Print(buf.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == &buf, log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %d", 7)
	}()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger")
	dir := os.TempDir()
	name := dir + "/jgo-stdlib-ioutil-test"
	fmt.Println(ioutil.WriteFile(name, []byte("file contents\n"), 0644))
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(name + "-missing")
	fmt.Println(err != nil, strings.HasSuffix(fmt.Sprint(err), "no such file or directory"))
	all, _ := ioutil.ReadAll(strings.NewReader("abc"))
	fmt.Println(string(all))
	log.Fatal("fatal")
}

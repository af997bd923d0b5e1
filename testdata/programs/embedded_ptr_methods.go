package main

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(s string) {
	l.lines++
	println(l.prefix + s)
}

type Service struct {
	*Logger
	name string
}

type Wrapper struct {
	Service
	extra int
}

func main() {
	lg := &Logger{prefix: "> "}
	s := Service{lg, "svc"}
	s.Log("start")
	w := Wrapper{s, 1}
	w.Log("wrapped")
	w.Service.Logger.Log("explicit")
	println(lg.lines, w.lines, w.prefix, w.name)
	f := w.Log
	f("method value")
	println(lg.lines)
}

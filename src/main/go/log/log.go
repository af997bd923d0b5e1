// Package log writes log lines: an optional prefix, date and time, then the message.
//
// Times are printed in UTC whatever the flags say (jgo's time package has no time zones
// yet), and Lshortfile/Llongfile print nothing (no runtime.Caller yet); see docs/stdlib.md.
package log

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Flags choosing what precedes each message.
const (
	Ldate         = 1 << iota // 2009/01/23
	Ltime                     // 01:23:23
	Lmicroseconds             // 01:23:23.123123 (with Ltime)
	Llongfile                 // /a/b/c/d.go:23
	Lshortfile                // d.go:23
	LUTC                      // UTC rather than the local time zone
	Lmsgprefix                // the prefix just before the message, not at the line's start
	LstdFlags     = Ldate | Ltime
)

// Logger writes lines to an io.Writer, one Write per line.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New returns a Logger writing to out with the prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the Logger the package-level functions use.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer)   { l.out = w }
func (l *Logger) Writer() io.Writer       { return l.out }
func (l *Logger) Prefix() string          { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Flags() int              { return l.flag }
func (l *Logger) SetFlags(flag int)       { l.flag = flag }

// Output writes the line for s; calldepth would locate the caller for Lshortfile.
func (l *Logger) Output(calldepth int, s string) error {
	var b []byte
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	b = appendTime(b, l.flag, time.Now())
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

// appendTime writes the date and time the flags ask for, from the Unix time of t in UTC.
func appendTime(b []byte, flag int, t time.Time) []byte {
	if flag&(Ldate|Ltime|Lmicroseconds) == 0 {
		return b
	}
	secs := t.Unix()
	days, rem := secs/86400, secs%86400
	if rem < 0 {
		days, rem = days-1, rem+86400
	}
	if flag&Ldate != 0 {
		y, m, d := civil(days)
		b = append(b, fmt.Sprintf("%04d/%02d/%02d ", y, m, d)...)
	}
	if flag&(Ltime|Lmicroseconds) != 0 {
		b = append(b, fmt.Sprintf("%02d:%02d:%02d", rem/3600, rem/60%60, rem%60)...)
		if flag&Lmicroseconds != 0 {
			b = append(b, fmt.Sprintf(".%06d", t.Nanosecond()/1000)...)
		}
		b = append(b, ' ')
	}
	return b
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date, counting in 400-year
// eras (146097 days) that start on March 1st so that leap days come last.
func civil(days int64) (year, month, day int64) {
	z := days + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if month > 12 {
		month -= 12
	}
	year = yoe + era*400
	if month <= 2 {
		year++
	}
	return year, month, day
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

// Fatal, Fatalf and Fatalln print and then exit with status 1.
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic, Panicf and Panicln print and then panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)                { std.SetOutput(w) }
func Writer() io.Writer                    { return std.Writer() }
func Flags() int                           { return std.Flags() }
func SetFlags(flag int)                    { std.SetFlags(flag) }
func Prefix() string                       { return std.Prefix() }
func SetPrefix(prefix string)              { std.SetPrefix(prefix) }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
func Print(v ...any)                       { std.Print(v...) }
func Printf(format string, v ...any)       { std.Printf(format, v...) }
func Println(v ...any)                     { std.Println(v...) }
func Fatal(v ...any)                       { std.Fatal(v...) }
func Fatalf(format string, v ...any)       { std.Fatalf(format, v...) }
func Fatalln(v ...any)                     { std.Fatalln(v...) }
func Panic(v ...any)                       { std.Panic(v...) }
func Panicf(format string, v ...any)       { std.Panicf(format, v...) }
func Panicln(v ...any)                     { std.Panicln(v...) }

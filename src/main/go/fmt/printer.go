package fmt

import (
	"strconv"
	"unicode/utf8"
)

// flags are the options of one verb.
type flags struct {
	plus, minus, sharp, space, zero bool
	sharpV, plusV                   bool
	wid, prec                       int
	widPresent, precPresent         bool
}

// printer accumulates output; it is also the State given to Formatters.
type printer struct {
	buf      []byte
	f        flags
	wrapErrs bool  // in Errorf: %w is allowed
	wrapped  error // the operand of the %w seen
}

func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) Width() (int, bool)     { return p.f.wid, p.f.widPresent }
func (p *printer) Precision() (int, bool) { return p.f.prec, p.f.precPresent }

func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

func (p *printer) writeString(s string) { p.buf = append(p.buf, s...) }

// pad writes s padded with spaces (or zeros when the flag allows) to the width.
func (p *printer) pad(s string) {
	n := p.f.wid - utf8.RuneCountInString(s)
	if !p.f.widPresent || n <= 0 {
		p.writeString(s)
		return
	}
	if p.f.minus {
		p.writeString(s)
		p.padding(n, ' ')
		return
	}
	if p.f.zero {
		// Zeros go after a sign.
		if len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ') {
			p.buf = append(p.buf, s[0])
			s = s[1:]
		}
		p.padding(n, '0')
		p.writeString(s)
		return
	}
	p.padding(n, ' ')
	p.writeString(s)
}

func (p *printer) padding(n int, c byte) {
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := false
		if _, ok := arg.(string); ok {
			isString = true
		}
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// doPrintf interprets the format: %[flags][width][.precision]verb, with * for a width or
// precision taken from the operands.
func (p *printer) doPrintf(format string, a []any) {
	argNum := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			j := i
			for j < len(format) && format[j] != '%' {
				j++
			}
			p.writeString(format[i:j])
			i = j
			continue
		}
		i++
		p.f = flags{}
	flagLoop:
		for ; i < len(format); i++ {
			switch format[i] {
			case '#':
				p.f.sharp = true
			case '0':
				p.f.zero = !p.f.minus
			case '+':
				p.f.plus = true
			case '-':
				p.f.minus = true
				p.f.zero = false
			case ' ':
				p.f.space = true
			default:
				break flagLoop
			}
		}
		if i < len(format) && format[i] == '*' {
			i++
			p.f.wid, p.f.widPresent, argNum = intArg(a, argNum)
			if !p.f.widPresent {
				p.writeString("%!(BADWIDTH)")
			}
			if p.f.wid < 0 {
				p.f.wid = -p.f.wid
				p.f.minus = true
				p.f.zero = false
			}
		} else {
			p.f.wid, p.f.widPresent, i = parseNum(format, i)
		}
		if i < len(format) && format[i] == '.' {
			i++
			if i < len(format) && format[i] == '*' {
				i++
				p.f.prec, p.f.precPresent, argNum = intArg(a, argNum)
				if p.f.prec < 0 {
					p.f.prec = 0
					p.f.precPresent = false
				}
				if !p.f.precPresent {
					p.writeString("%!(BADPREC)")
				}
			} else {
				p.f.prec, p.f.precPresent, i = parseNum(format, i)
				p.f.precPresent = true
			}
		}
		if i >= len(format) {
			p.writeString("%!(NOVERB)")
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case argNum >= len(a):
			p.writeString("%!")
			p.buf = utf8.AppendRune(p.buf, verb)
			p.writeString("(MISSING)")
		case verb == 'w' && p.wrapErrs && p.wrapped == nil:
			if err, ok := a[argNum].(error); ok {
				p.wrapped = err
				p.printArg(err, 'v')
			} else {
				p.badVerb(a[argNum], verb)
			}
			argNum++
		case verb == 'v':
			p.f.sharpV, p.f.sharp = p.f.sharp, false
			p.f.plusV, p.f.plus = p.f.plus, false
			p.printArg(a[argNum], verb)
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if argNum < len(a) {
		p.writeString("%!(EXTRA ")
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.writeString(", ")
			}
			if arg == nil {
				p.writeString("<nil>")
				continue
			}
			p.writeString(typeName(arg))
			p.buf = append(p.buf, '=')
			p.f = flags{}
			p.printArg(arg, 'v')
		}
		p.buf = append(p.buf, ')')
	}
}

func parseNum(s string, i int) (num int, ok bool, next int) {
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if num > 1e6 {
			return 0, false, len(s)
		}
		num = num*10 + int(s[i]-'0')
		ok = true
	}
	return num, ok, i
}

func intArg(a []any, argNum int) (num int, ok bool, next int) {
	if argNum >= len(a) {
		return 0, false, argNum
	}
	switch v := a[argNum].(type) {
	case int:
		num, ok = v, true
	case int8:
		num, ok = int(v), true
	case int16:
		num, ok = int(v), true
	case int32:
		num, ok = int(v), true
	case int64:
		num, ok = int(v), true
	case uint:
		num, ok = int(v), true
	case uint8:
		num, ok = int(v), true
	case uint16:
		num, ok = int(v), true
	case uint32:
		num, ok = int(v), true
	case uint64:
		num, ok = int(v), true
	}
	if num > 1e6 || num < -1e6 {
		num, ok = 0, false
	}
	return num, ok, argNum + 1
}

// badVerb writes %!verb(type=value).
func (p *printer) badVerb(arg any, verb rune) {
	p.writeString("%!")
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if arg == nil {
		p.writeString("<nil>")
	} else {
		p.writeString(typeName(arg))
		p.buf = append(p.buf, '=')
		p.f = flags{}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}

func (p *printer) fmtInteger(u uint64, neg bool, verb rune, arg any) {
	var s []byte
	switch verb {
	case 'v', 'd':
		s = strconv.AppendUint(nil, u, 10)
	case 'b':
		s = strconv.AppendUint(nil, u, 2)
	case 'o', 'O':
		s = strconv.AppendUint(nil, u, 8)
		if verb == 'O' {
			s = append([]byte("0o"), s...)
		} else if p.f.sharp && s[0] != '0' {
			s = append([]byte("0"), s...)
		}
	case 'x', 'X':
		s = strconv.AppendUint(nil, u, 16)
		if verb == 'X' {
			for i, c := range s {
				if 'a' <= c && c <= 'f' {
					s[i] = c - 'a' + 'A'
				}
			}
		}
	case 'c':
		p.pad(string(rune(u)))
		return
	case 'q':
		p.pad(strconv.QuoteRune(rune(u)))
		return
	case 'U':
		h := strconv.FormatUint(u, 16)
		for len(h) < 4 {
			h = "0" + h
		}
		for i := range h {
			if 'a' <= h[i] && h[i] <= 'f' {
				h = h[:i] + string(h[i]-'a'+'A') + h[i+1:]
			}
		}
		s := "U+" + h
		if p.f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
			s += " '" + string(rune(u)) + "'"
		}
		p.pad(s)
		return
	default:
		p.badVerb(arg, verb)
		return
	}
	if p.f.precPresent {
		if p.f.prec == 0 && u == 0 {
			s = nil
		}
		for len(s) < p.f.prec {
			s = append([]byte("0"), s...)
		}
		p.f.zero = false
	}
	if p.f.sharp && (verb == 'x' || verb == 'X') {
		s = append([]byte{'0', byte(verb)}, s...)
	}
	switch {
	case neg:
		s = append([]byte("-"), s...)
	case p.f.plus:
		s = append([]byte("+"), s...)
	case p.f.space:
		s = append([]byte(" "), s...)
	}
	p.pad(string(s))
}

func (p *printer) fmtFloat(v float64, size int, verb rune, arg any) {
	prec := -1
	if p.f.precPresent {
		prec = p.f.prec
	}
	switch verb {
	case 'v':
		verb = 'g'
	case 'F':
		verb = 'f'
	case 'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X':
	default:
		p.badVerb(arg, verb)
		return
	}
	if (verb == 'e' || verb == 'E' || verb == 'f') && prec < 0 {
		prec = 6
	}
	s := strconv.FormatFloat(v, byte(verb), prec, size)
	if s[0] != '-' && s[0] != '+' {
		s = "+" + s
	}
	if p.f.space && s[0] == '+' && !p.f.plus {
		s = " " + s[1:]
	}
	if s[1] == 'I' || s[1] == 'N' {
		// Infinities and NaN are never padded with zeros; NaN has no sign unless asked.
		if s[1] == 'N' && !p.f.space && !p.f.plus {
			s = s[1:]
		}
		zero := p.f.zero
		p.f.zero = false
		p.pad(s)
		p.f.zero = zero
		return
	}
	if s[0] == '+' && !p.f.plus {
		s = s[1:]
	}
	p.pad(s)
}

func (p *printer) fmtString(s string, verb rune, arg any) {
	if p.f.precPresent {
		n := 0
		for i := range s {
			if n == p.f.prec {
				s = s[:i]
				break
			}
			n++
		}
	}
	switch verb {
	case 'v', 's':
		if p.f.sharpV {
			p.pad(strconv.Quote(s))
			return
		}
		p.pad(s)
	case 'q':
		if p.f.sharp && strconv.CanBackquote(s) {
			p.pad("`" + s + "`")
		} else if p.f.plus {
			p.pad(strconv.QuoteToASCII(s))
		} else {
			p.pad(strconv.Quote(s))
		}
	case 'x', 'X':
		p.pad(hexString(s, verb == 'X', p.f.space, p.f.sharp))
	default:
		p.badVerb(arg, verb)
	}
}

func hexString(s string, upper, space, sharp bool) string {
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if space && i > 0 {
			b = append(b, ' ')
		}
		if sharp && (space || i == 0) {
			if upper {
				b = append(b, '0', 'X')
			} else {
				b = append(b, '0', 'x')
			}
		}
		b = append(b, digits[s[i]>>4], digits[s[i]&0xF])
	}
	return string(b)
}

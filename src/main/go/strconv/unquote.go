package strconv

import "unicode/utf8"

// UnquoteChar decodes the first character or escape sequence of s, the body of a literal
// quoted by quote. It returns the value, whether it needs a multibyte UTF-8 encoding (a
// \x or octal escape is a single byte even above 0x7F), and the rest of s. An unescaped
// quote of the literal's kind (single or double) is an error.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c, s := s[1], s[2:]
	if v, ok := simpleEscapes[c]; ok {
		if (c == '\'' || c == '"') && c != quote {
			return 0, false, "", ErrSyntax
		}
		return v, false, s, nil
	}
	switch c {
	case 'x', 'u', 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for _, h := range []byte(s[:n]) {
			d := digitValue(h)
			if d >= 16 {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | rune(d)
		}
		if c == 'x' {
			return v, false, s[n:], nil
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, s[n:], nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(c - '0')
		for _, o := range []byte(s[:2]) {
			if o < '0' || o > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | rune(o-'0')
		}
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		return v, false, s[2:], nil
	}
	return 0, false, "", ErrSyntax
}

var simpleEscapes = map[byte]rune{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
	'\\': '\\', '\'': '\'', '"': '"',
}

// Unquote interprets s as a single-quoted, double-quoted or back-quoted Go literal and
// returns its value; a single-quoted literal yields its one character.
func Unquote(s string) (string, error) {
	value, rest, err := unquote(s, true)
	if err == nil && rest != "" {
		return "", ErrSyntax
	}
	return value, err
}

// QuotedPrefix returns the quoted literal at the start of s, as written.
func QuotedPrefix(s string) (string, error) {
	literal, _, err := unquote(s, false)
	return literal, err
}

// unquote reads the literal at the start of s and returns its value (decode) or its text,
// and what follows it.
func unquote(s string, decode bool) (out, rest string, err error) {
	if len(s) < 2 {
		return "", s, ErrSyntax
	}
	quote := s[0]
	switch quote {
	case '`':
		end := 1
		for end < len(s) && s[end] != '`' {
			end++
		}
		if end == len(s) {
			return "", s, ErrSyntax
		}
		if !decode {
			return s[:end+1], s[end+1:], nil
		}
		body := s[1:end]
		var b []byte
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				b = append(b, body[i])
			}
		}
		if len(b) == len(body) {
			return body, s[end+1:], nil
		}
		return string(b), s[end+1:], nil
	case '"', '\'':
		var b []byte
		t := s[1:]
		for n := 0; len(t) > 0 && t[0] != quote; n++ {
			if quote == '\'' && n == 1 {
				return "", s, ErrSyntax
			}
			r, multibyte, tail, err := UnquoteChar(t, quote)
			if t[0] == '\n' || err != nil {
				return "", s, ErrSyntax
			}
			t = tail
			if multibyte {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, byte(r))
			}
		}
		if len(t) == 0 {
			return "", s, ErrSyntax
		}
		t = t[1:]
		if !decode {
			return s[:len(s)-len(t)], t, nil
		}
		return string(b), t, nil
	}
	return "", s, ErrSyntax
}

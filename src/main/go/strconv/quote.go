package strconv

import (
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it: a letter, mark, number,
// punctuation or symbol, or the ASCII space.
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic reports whether r is printable or a space separator (category Zs).
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }

// quoteMode says which runes a quotation may keep as they are.
type quoteMode int

const (
	printable quoteMode = iota // IsPrint runes
	asciiOnly                  // printable ASCII only
	graphic                    // IsGraphic runes
)

func appendQuoted(dst []byte, s string, quote byte, mode quoteMode) []byte {
	dst = append(dst, quote)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, '\\', 'x', hexDigits[s[0]>>4], hexDigits[s[0]&0xF])
		} else {
			dst = appendEscaped(dst, r, quote, mode)
		}
		s = s[size:]
	}
	return append(dst, quote)
}

func appendQuotedRune(dst []byte, r rune, mode quoteMode) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return append(appendEscaped(append(dst, '\''), r, '\'', mode), '\'')
}

// appendEscaped appends r as it would appear inside the quotes: itself when the mode allows,
// else the shortest Go escape.
func appendEscaped(dst []byte, r rune, quote byte, mode quoteMode) []byte {
	if r == rune(quote) || r == '\\' {
		return append(dst, '\\', byte(r))
	}
	keep := IsPrint(r)
	switch mode {
	case asciiOnly:
		keep = keep && r < utf8.RuneSelf
	case graphic:
		keep = keep || IsGraphic(r)
	}
	if keep {
		return utf8.AppendRune(dst, r)
	}
	switch r {
	case '\a':
		return append(dst, `\a`...)
	case '\b':
		return append(dst, `\b`...)
	case '\f':
		return append(dst, `\f`...)
	case '\n':
		return append(dst, `\n`...)
	case '\r':
		return append(dst, `\r`...)
	case '\t':
		return append(dst, `\t`...)
	case '\v':
		return append(dst, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7F:
		return appendHex(append(dst, `\x`...), r, 2)
	case !utf8.ValidRune(r):
		return appendHex(append(dst, `\u`...), utf8.RuneError, 4)
	case r < 0x10000:
		return appendHex(append(dst, `\u`...), r, 4)
	}
	return appendHex(append(dst, `\U`...), r, 8)
}

func appendHex(dst []byte, r rune, n int) []byte {
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[r>>uint(shift)&0xF])
	}
	return dst
}

// Quote returns s as a double-quoted Go string literal, escaping control characters, runes
// that are not printable and invalid UTF-8 bytes.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', printable)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', printable) }

// QuoteToASCII is Quote escaping every non-ASCII rune as well.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', asciiOnly)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', asciiOnly) }

// QuoteToGraphic is Quote keeping the graphic runes, such as spaces, as they are.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', graphic)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', graphic) }

// QuoteRune returns r as a single-quoted Go character literal; an invalid rune becomes
// U+FFFD.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, printable)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, printable) }

// QuoteRuneToASCII is QuoteRune escaping a non-ASCII rune.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, asciiOnly)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, asciiOnly) }

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as it is.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, graphic)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, graphic) }

// CanBackquote reports whether s can be written as a raw string literal unchanged: valid
// UTF-8 without a byte order mark, back quote, DEL or control character other than tab.
func CanBackquote(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError && !utf8.ValidString(s):
			return false
		case r == '\uFEFF', r == '`', r == 0x7F, r < ' ' && r != '\t':
			return false
		}
	}
	return true
}

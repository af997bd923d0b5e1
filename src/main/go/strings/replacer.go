package strings

import "io"

// Replacer replaces a list of strings with replacements; it is safe for concurrent use.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer from old, new string pairs. Replacements happen in the order
// the olds appear in the target, without overlapping; where several olds match at one place,
// the pair given first wins. It panics when given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var b Builder
	r.replace(&b, s)
	return io.WriteString(w, b.String())
}

// replace scans s once. An empty old matches at every position, including the end, but not
// twice in a row at the same position: after it, the byte there is copied unless a
// non-empty old matches.
func (r *Replacer) replace(b *Builder, s string) {
	emptyMatchedHere := false
	for i := 0; i <= len(s); {
		matched := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if (old != "" || !emptyMatchedHere) && HasPrefix(s[i:], old) {
				matched = k
				break
			}
		}
		switch {
		case matched >= 0 && r.oldnew[matched] == "":
			b.WriteString(r.oldnew[matched+1])
			emptyMatchedHere = true
			if i == len(s) {
				return
			}
			continue
		case matched >= 0:
			b.WriteString(r.oldnew[matched+1])
			i += len(r.oldnew[matched])
		case i < len(s):
			b.WriteByte(s[i])
			i++
		default:
			return
		}
		emptyMatchedHere = false
	}
}

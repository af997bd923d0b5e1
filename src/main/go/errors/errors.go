// Package errors creates error values and inspects chains of wrapped errors.
package errors

// New returns an error whose Error method returns text. Each call gives a distinct error, even
// for equal texts, because the result is a pointer.
func New(text string) error {
	return &textError{text}
}

type textError struct {
	s string
}

func (e *textError) Error() string {
	return e.s
}

// Unwrap returns what err's Unwrap method returns, or nil when err has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether target is err or an error in err's Unwrap chain: equal by ==, or one
// whose Is(target) method says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for err != nil {
		if comparable(err) && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparable reports whether comparing err with == is safe. Without reflection we cannot ask
// the dynamic type, so a comparison that would panic is caught instead.
func comparable(err error) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = err == err
	return true
}

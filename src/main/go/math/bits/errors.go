package bits

// runtimeError is the panic value of Div64 and Div32, which gc's runtime would raise as a
// runtime.Error; the texts are the runtime's.
type runtimeError string

func (e runtimeError) RuntimeError() {}

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

var (
	overflowError = runtimeError("integer overflow")
	divideError   = runtimeError("integer divide by zero")
)

package runtime

// Program-counter queries. They need the linker's pc→function tables (pclntab), which do not
// exist yet: every PC is unknown, as gc reports PCs outside any function.

// Func describes a function of the program.
type Func struct {
	opaque struct{}
}

// FuncForPC returns the function containing pc, or nil when pc is unknown.
func FuncForPC(pc uintptr) *Func { return nil }

// Name is the function's package-qualified name; "" for nil.
func (f *Func) Name() string { return "" }

// Entry is the function's entry address; 0 for nil.
func (f *Func) Entry() uintptr { return 0 }

// FileLine is the source position of pc in f; "?" and 0 when unknown, as in gc.
func (f *Func) FileLine(pc uintptr) (file string, line int) { return "?", 0 }

// Frame is one frame of a call stack, as CallersFrames returns it.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of PCs returned by Callers.
type Frames struct {
	callers []uintptr
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow; with no tables nothing is known about
// the PCs, so each comes back with only its PC.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	frame.PC = ci.callers[0]
	ci.callers = ci.callers[1:]
	return frame, len(ci.callers) > 0
}

package unicode

// The tables by short category name; tables.go defines them.
var (
	Cc          = _Cc
	L           = _L
	Lu          = _Lu
	Ll          = _Ll
	Lt          = _Lt
	M           = _M
	N           = _N
	Nd          = _Nd
	P           = _P
	S           = _S
	Z           = _Z
	Zs          = _Zs
	White_Space = _White_Space
)

// The long names of the categories.
var (
	Control = _Cc
	Letter  = _L
	Upper   = _Lu
	Lower   = _Ll
	Title   = _Lt
	Mark    = _M
	Digit   = _Nd
	Number  = _N
	Punct   = _P
	Symbol  = _S
	Space   = _Z
)

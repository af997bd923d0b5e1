package main

type error2 interface{ Error() string }

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type Code int

func (c Code) Error() string {
	switch c {
	case 1:
		return "one"
	case 2:
		return "two"
	}
	return "unknown"
}

func find(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "b":
		return 0, Code(2)
	}
	return 0, &NotFound{k}
}

func typedNil() error {
	var p *NotFound
	return p
}

func wrap(err error) error {
	if err == nil {
		return nil
	}
	return Code(1)
}

func main() {
	for _, k := range []string{"a", "b", "zz"} {
		v, err := find(k)
		if err != nil {
			println(k, "error:", err.Error())
			if nf, ok := err.(*NotFound); ok {
				println("key", nf.key)
			}
			if c, ok := err.(Code); ok {
				println("code", int(c))
			}
			continue
		}
		println(k, v)
	}
	e := typedNil()
	println(e == nil, e != nil)
	println(wrap(nil) == nil, wrap(Code(5)).Error())
	var e2 error2 = Code(1)
	var e3 error = e2
	println(e3.Error(), e3 == Code(1), e3 == error(Code(2)))
	errs := []error{Code(1), &NotFound{"x"}, nil}
	for i, er := range errs {
		if er == nil {
			println(i, "nil")
			continue
		}
		println(i, er.Error())
	}
}

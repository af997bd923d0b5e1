package main

type List struct {
	head, tail *elem
	n          int
}

type elem struct {
	v    string
	next *elem
}

func (l *List) Push(v string) {
	e := &elem{v: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
}

func (l *List) Reverse() {
	var prev *elem
	l.tail = l.head
	for e := l.head; e != nil; {
		next := e.next
		e.next = prev
		prev, e = e, next
	}
	l.head = prev
}

func (l *List) String() string {
	s := ""
	for e := l.head; e != nil; e = e.next {
		s += e.v
		if e.next != nil {
			s += "->"
		}
	}
	return s
}

func main() {
	var l List
	for _, w := range []string{"a", "b", "c", "d"} {
		l.Push(w)
	}
	println(l.String(), l.n)
	l.Reverse()
	println(l.String(), l.tail.v)
}

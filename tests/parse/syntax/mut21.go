package main

import "errors"

type Result struct {
	Value int
	Err   error
}

func named() (r Result) {
	r.Value = 1
	return
}

func namedAddr() (r *Result) {
	var local Result
	r = &local
	r.Value = 2
	return
}

func resultAddrTaken tAddrTaken() (n int) {
	p := &n
	*p = 3
	return
}

func resultAddrEscapes() (n int, p *int) {
	n = 4
	p = &n
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("div by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func deferModifies() (s []int) {
	defer func() { s = append(s, 99) }()
	s = []int{1}
	return s
}

func main() {
	_, p := resultAddrEscapes()
	q, r, err := divmod(7, 2)
	_, _, err2 := divmod(1, 0)
	println(named().Value, namedAddr().Value, resultAddrTaken(), *p, q, r, err == nil, err2 != nil, len(deferModifies()))
}

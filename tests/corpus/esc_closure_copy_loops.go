package main

// Copies made inside loops: a constructor's literal called at once in a loop
// body (f()(x): the callee's temporary is declared outside the loop, so the
// copy escapes), literals capturing by reference, named results captured by
// a returned literal, constructors inlined several times into one literal.

type Stats struct {
	n    int
	last *int
}

func Counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func Tracker(s *Stats) func(*int) {
	return func(p *int) {
		s.n++
		s.last = p
	}
}

func Acc() func(int) []int {
	var all []int
	return func(v int) []int {
		all = append(all, v)
		return all
	}
}

func main() {
	inc, get := Counter()
	inc()
	var st Stats
	for i := 0; i < 3; i++ {
		v := i
		Tracker(&st)(&v)
		add := Acc()
		add(i)
	}
	run := func() int {
		a, b := Counter()
		c, _ := Counter()
		a()
		c()
		return b()
	}
	println(get(), st.n, run())
}

package main

var sink interface{}
var global *int
var gslice []*int

type holder struct {
	p    *int
	name string
}

func identity(p *int) *int { return p }

func deref(p *int) int { return *p }

func toGlobal(p *int) { global = p }

func contentToGlobal(pp **int) { global = *pp }

func fieldResult(h *holder) *int { return h.p }

func nameResult(h *holder) string { return h.name }

func twoResults(a, b *int) (*int, *int) { return b, a }

func storeInto(h *holder, p *int) { h.p = p }

func appendGlobal(p *int) { gslice = append(gslice, p) }

func toSink(x interface{}) { sink = x }

func sliceFirst(s []*int) *int {
	if len(s) == 0 {
		return nil
	}
	return s[0]
}

func sliceResult(s []int) []int { return s[1:] }

func lenOnly(s []int) int { return len(s) }

func stringResult(s string) string { return s[:1] }

//go:noinline
func mixed(a *int, b *int, c **int) *int {
	global = a
	*c = b
	return b
}

func main() {
	x, y, z := 1, 2, 3
	_ = identity(&x)
	_ = deref(&y)
	toGlobal(&z)
	q := 4
	pq := &q
	contentToGlobal(&pq)
	r := 5
	h := &holder{p: &r, name: "h"}
	_ = fieldResult(h)
	_ = nameResult(h)
	s, t := 6, 7
	_, _ = twoResults(&s, &t)
	u := 8
	var hh holder
	storeInto(&hh, &u)
	v := 9
	appendGlobal(&v)
	toSink(10)
	w := 11
	_ = sliceFirst([]*int{&w})
	_ = sliceResult([]int{1, 2, 3})
	_ = lenOnly([]int{1, 2})
	_ = stringResult("hello")
	m1, m2 := 12, 13
	pm := &m2
	_ = mixed(&m1, &m2, &pm)
}

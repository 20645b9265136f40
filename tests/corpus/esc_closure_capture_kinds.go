package main

// What a closure captures and how: by value (small, never reassigned) or by
// reference (reassigned, address taken, or larger than 128 bytes); arrays,
// structs, strings, interfaces and pointers; closures stored in struct fields.

type Big struct{ buf [40]int }

type Small struct{ a, b int }

type Machine struct {
	step  func() int
	reset func()
	name  string
}

var fns []func() int

func ByValue(s Small, p *Small, str string, arr [4]int) func() int {
	return func() int { return s.a + p.b + len(str) + arr[1] }
}

func ByRef(n int) (func(), func() int) {
	inc := func() { n++ }
	get := func() int { return n }
	return inc, get
}

func Large(b Big) func() int {
	return func() int { return b.buf[3] }
}

func AddrTaken() func() *int {
	x := 5
	p := &x
	return func() *int { return p }
}

func Iface(v interface{}) func() string {
	return func() string {
		if s, ok := v.(string); ok {
			return s
		}
		return "?"
	}
}

func NewMachine(name string) *Machine {
	m := &Machine{name: name}
	count := 0
	m.step = func() int { count++; return count }
	m.reset = func() { count = 0 }
	return m
}

func Store(k int) {
	arr := [3]int{k, k, k}
	fns = append(fns, func() int { return arr[0] + k })
}

func main() {
	s := Small{1, 2}
	f := ByValue(s, &s, "abc", [4]int{1, 2, 3, 4})
	inc, get := ByRef(1)
	inc()
	var b Big
	g := Large(b)
	h := AddrTaken()
	m := NewMachine("m")
	m.step()
	m.reset()
	Store(3)
	println(f(), get(), g(), *h(), Iface("x")(), m.step(), fns[0]())
}

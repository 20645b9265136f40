package main

// Func literals returned by small constructors, copied into callers by
// inlining: counters, adders, getters over pointer and slice parameters.

type Point struct{ X, Y int }

var sink *Point
var names []string

func Counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func Adder(base int) func(int) int { return func(v int) int { return base + v } }

func Keep() func(*Point) { return func(p *Point) { sink = p } }

func Peek() func(*Point) int { return func(p *Point) int { return p.X + p.Y } }

func Move(dx int) func(*Point) *Point {
	return func(p *Point) *Point { p.X += dx; return p }
}

func Names(prefix string) func([]string) []string {
	return func(in []string) []string {
		out := make([]string, 0, len(in))
		for _, s := range in {
			out = append(out, prefix+s)
		}
		return out
	}
}

func Collect() func(string) { return func(s string) { names = append(names, s) } }

func main() {
	c := Counter()
	c()
	println(c())
	add := Adder(3)
	println(add(4))
	Keep()(&Point{1, 2})
	q := Point{3, 4}
	println(Peek()(&q))
	r := Move(2)(&Point{5, 6})
	println(r.X)
	out := Names("x-")([]string{"a", "b"})
	println(len(out))
	col := Collect()
	col("one")
	col("two")
	println(len(names))
}

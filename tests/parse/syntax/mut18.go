package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct{ A, B Point }

type Named struct {
	Name string
	Point
}

type key [2]string

func dedupe(ps []Point) []Point {
	seen := map[Point]bool{}
	var out []Point
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func (s Segment) Reverse() Segment { return Segment{s.B, s.A} }

func sameSegment(a, b Segment) bool { return a == b || a == b.Reverse() }

func promote() (int, string) {
	n := Named{"origin", Point{0, 0}}
	n.X = 5
	return n.Point.X + n.Y, n.Name
}

type Temp struct{ C float64 }
type Reading struct{ C float64 }

func convert(t Temp) Reading { return Reading(t) }

func arrays() bool {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	return a != b && a == [3]int{1, 2, 3}
}

func mapKeys() int {
	m := map[key]int{{"a", "b}: 1}
	m[key{"a", "b"}]++
	m[key{"c", "d"}] = 5
	return m[key{"a", "b"}] + len(m)
}

func anonCompare() bool {
	a := struct{ N int }{1}
	b := struct{ N int }{1}
	return a == b
}

func ifaceCompare() (bool, bool) {
	var x, y interface{} = Point{1, 2}, Point{1, 2}
	var z interface{} = Segment{}
	return x == y, x == z
}

func main() {
	fmt.Println(dedupe([]Point{{1, 2}, {3, 4}, {1, 2}}))
	s := Segment{Point{0, 0}, Point{1, 1}}
	fmt.Println(sameSegment(s, s.Reverse()), sameSegment(s, Segment{}))
	fmt.Println(promote())
	fmt.Println(convert(Temp{21}), arrays(), mapKeys(), anonCompare())
	fmt.Println(ifaceCompare())
}

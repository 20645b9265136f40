// sort_multi_key.go - the sort package's classic patterns: a By func type with
// a private sorter struct, a multiSorter chaining less functions, sort.Stable
// versus sort.Sort, sort.Search on the result, and sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name     string
	Mass     float64 // earth masses
	Distance float64 // AU
	Moons    int
}

type By func(p1, p2 *Planet) bool

func (by By) Sort(planets []Planet) {
	ps := &planetSorter{planets: planets, by: by}
	sort.Sort(ps)
}

type planetSorter struct {
	planets []Planet
	by      func(p1, p2 *Planet) bool
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

type lessFunc func(p1, p2 *Planet) bool

type multiSorter struct {
	planets []Planet
	less    []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(planets []Planet) {
	ms.planets = planets
	sort.Stable(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.planets) }
func (ms *multiSorter) Swap(i, j int) { ms.planets[i], ms.planets[j] = ms.planets[j], ms.planets[i] }

func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.planets[i], &ms.planets[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

type byMoons []Planet

func (b byMoons) Len() int           { return len(b) }
func (b byMoons) Less(i, j int) bool { return b[i].Moons < b[j].Moons }
func (b byMoons) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func names(ps []Planet) []string {
	out := make([]string, len(ps))
	for i := range ps {
		out[i] = ps[i].Name
	}
	return out
}

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 0.4, 0}, {"Venus", 0.815, 0.7, 0}, {"Earth", 1.0, 1.0, 1},
		{"Mars", 0.107, 1.5, 2}, {"Jupiter", 317.8, 5.2, 95}, {"Saturn", 95.2, 9.5, 146},
		{"Uranus", 14.5, 19.2, 28}, {"Neptune", 17.1, 30.1, 16},
	}
	name := func(p1, p2 *Planet) bool { return p1.Name < p2.Name }
	mass := func(p1, p2 *Planet) bool { return p1.Mass < p2.Mass }
	distance := func(p1, p2 *Planet) bool { return p1.Distance < p2.Distance }
	decreasingDistance := func(p1, p2 *Planet) bool { return distance(p2, p1) }

	By(name).Sort(planets)
	fmt.Println("by name:", names(planets))
	By(mass).Sort(planets)
	fmt.Println("by mass:", names(planets))
	By(decreasingDistance).Sort(planets)
	fmt.Println("by distance desc:", names(planets))

	moonless := func(p1, p2 *Planet) bool { return (p1.Moons == 0) && (p2.Moons != 0) }
	OrderedBy(moonless, name).Sort(planets)
	fmt.Println("moonless first:", names(planets))

	sort.Sort(sort.Reverse(byMoons(planets)))
	fmt.Println("most moons:", names(planets)[:3])
	By(distance).Sort(planets)
	i := sort.Search(len(planets), func(i int) bool { return planets[i].Distance >= 5 })
	fmt.Println("first at >= 5 AU:", planets[i].Name, sort.IsSorted(byMoons(planets)))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
	Tags        []string
}

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type byName struct{ byAge }

func (b byName) Less(i, j int) bool {
	x, y := b.byAge[i], b.byAge[j]
	if x.Last != y.Last {
		return x.Last < y.Last
	}
	return x.First < y.First
}

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func OrderedBy(less ...func(a, b *Person) bool) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
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

func (p Person) String() string {
	return fmt.Sprintf("%s %s (%d) [%s]", p.First, p.Last, p.Age, strings.Join(p.Tags, ","))
}

func printAll(title string, ps []Person) {
	fmt.Println("--", title)
	for i := range ps {
		fmt.Println(" ", ps[i])
	}
}

func main() {
	people := []Person{
		{"Ada", "Lovelace", 36, []string{"math"}},
		{"Alan", "Turing", 41, []string{"cs", "math"}},
		{"Grace", "Hopper", 85, []string{"navy", "cs"}},
		{"Edsger", "Dijkstra", 72, nil},
		{"Barbara", "Liskov", 41, []string{"cs"}},
	}
	sort.Sort(byAge(people))
	printAll("by age", people)
	sort.Sort(byName{people})
	printAll("by name", people)
	sort.Stable(sort.Reverse(byAge(people)))
	printAll("by age desc, stable", people)

	age := func(a, b *Person) bool { return a.Age < b.Age }
	last := func(a, b *Person) bool { return a.Last < b.Last }
	ntags := func(a, b *Person) bool { return len(a.Tags) > len(b.Tags) }
	OrderedBy(age, ntags, last).Sort(people)
	printAll("age, tags, last", people)

	idx := sort.Search(len(people), func(i int) bool { return people[i].Age >= 41 })
	fmt.Println("first >= 41:", people[idx].First)
}

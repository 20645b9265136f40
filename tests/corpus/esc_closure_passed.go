package main

import "sort"

// Func literals passed as arguments: to inlinable and non-inlinable
// higher-order functions, to sort.Slice, stored in slices and maps.

type Item struct {
	Name  string
	Price int
	Tags  []string
}

func Each(items []*Item, f func(*Item)) {
	for _, it := range items {
		f(it)
	}
}

func Filter(items []*Item, keep func(*Item) bool) []*Item {
	var out []*Item
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}

func Apply(x int, f func(int) int) int { return f(x) }

//go:noinline
func Later(f func()) func() { return f }

var saved []func(*Item)
var handlers = map[string]func(*Item) int{}

func Register(name string, h func(*Item) int) { handlers[name] = h }

func main() {
	items := []*Item{{Name: "a", Price: 3}, {Name: "b", Price: 1}, {Name: "c", Price: 2}}
	total := 0
	Each(items, func(it *Item) { total += it.Price })
	cheap := Filter(items, func(it *Item) bool { return it.Price < 3 })
	sort.Slice(items, func(i, j int) bool { return items[i].Price < items[j].Price })
	println(total, len(cheap), Apply(2, func(v int) int { return v * total }))
	var last *Item
	f := Later(func() { last = items[0] })
	f()
	saved = append(saved, func(it *Item) { it.Tags = append(it.Tags, "seen") })
	Register("price", func(it *Item) int { return it.Price })
	for _, s := range saved {
		s(last)
	}
	println(handlers["price"](last))
}

package main

import "fmt"

type entry struct {
	key string
	val *int
}

var registry = map[string]*entry{}

func localMap() int {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	return len(m)
}

func returnMap() map[string]int {
	m := make(map[string]int)
	m["x"] = 1
	return m
}

func storePointer(m map[string]*int) {
	v := 10
	m["v"] = &v
}

func storeKey(m map[*int]bool) {
	k := 1
	m[&k] = true
}

func register(name string) {
	n := len(name)
	registry[name] = &entry{key: name, val: &n}
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func mapOfSlices() int {
	m := map[int][]string{}
	m[1] = append(m[1], "one")
	return len(m[1])
}

func iterate(m map[string]int) int {
	t := 0
	for k, v := range m {
		t += len(k) + v
	}
	return t
}

func deleteAll(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
}

func main() {
	pm := map[string]*int{}
	storePointer(pm)
	km := map[*int]bool{}
	storeKey(km)
	register("alpha")
	rm := returnMap()
	v, ok := lookup(rm, "x")
	it := iterate(map[string]int{"q": 1})
	deleteAll(rm)
	fmt.Println(localMap(), *pm["v"], len(km), len(registry), v, ok, mapOfSlices(), it)
}

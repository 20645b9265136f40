package main

type item struct {
	name  string
	price int
}

func sumPrices(items []item) int {
	t := 0
	for _, it := range items {
		t += it.price
	}
	return t
}

func pointers(items []item) []*item {
	var out []*item
	for i := range items {
		out = append(out, &items[i])
	}
	return out
}

func loopVarAddr(items []item) []*item {
	var out []*item
	for _, it := range items {
		out = append(out, &it)
	}
	return out
}

func rangeArray() int {
	arr := [4]int{1, 2, 3, 4}
	t := 0
	for i, v := range arr {
		t += i * v
	}
	return t
}

func rangeString(s string) int {
	n := 0
	for _, r := range s {
		if r > 127 {
			n++
		}
	}
	return n
}

func rangeMapKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func rangeChan(ch chan *item) int {
	t := 0
	for it := range ch {
		t += it.price
	}
	return t
}

func main() {
	items := []item{{"a", 1}, {"b", 2}}
	ch := make(chan *item, 2)
	ch <- &items[0]
	close(ch)
	println(sumPrices(items), len(pointers(items)), len(loopVarAddr(items)), rangeArray(), rangeString("héllo"), len(rangeMapKeys(map[string]int{"x": 1})), rangeChan(ch))
}

package main

import (
	"fmt"
	"sort"
)

func QuickSort(xs []int) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	QuickSort(xs[:j+1])
	QuickSort(xs[i:])
}

func MergeSort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l, r := MergeSort(xs[:mid]), MergeSort(xs[mid:])
	out := make([]int, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func InsertionSort(xs []int) {
	for i := 1; i < len(xs); i++ {
		v := xs[i]
		j := i - 1
		for j >= 0 && xs[j] > v {
			xs[j+1] = xs[j]
			j--
		}
		xs[j+1] = v
	}
}

func HeapSort(xs []int) {
	n := len(xs)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			if r := l + 1; r < n && xs[r] > xs[l] {
				l = r
			}
			if xs[i] >= xs[l] {
				return
			}
			xs[i], xs[l] = xs[l], xs[i]
			i = l
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		xs[0], xs[end] = xs[end], xs[0]
		sift(0, end)
	}
}

func CountingSort(xs []uint8) []uint8 {
	var counts [256]int
	for _, x := range xs {
		counts[x]++
	}
	out := make([]uint8, 0, len(xs))
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, uint8(v))
		}
	}
	return out
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func data() []int { return []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7} }

func main() {
	a := data()
	QuickSort(a)
	b := MergeSort(data())
	c := data()
	InsertionSort(c)
	d := data()
	HeapSort(d)
	fmt.Println(a, b, c, d)
	fmt.Println(CountingSort([]uint8{3, 1, 2, 3, 0}))
	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dan", 25}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.SearchInts(a, 6), sort.IsSorted(ByAge(people)))
}

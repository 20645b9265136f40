package main

import (
	"fmt"
	"strings"
	"sync"
)

// Typed pipeline stages connected by channels.
func Source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, workers int, f func(In) Out) <-chan Out {
	out := make(chan Out)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for v := range in {
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func FilterChan[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Doc struct {
	Name  string
	Words int
	Upper string
}

func main() {
	texts := Source("go is fun", "channels connect goroutines", "", "generics make stages typed", "ok")
	docs := Stage(texts, 3, func(s string) Doc {
		return Doc{Name: s, Words: len(strings.Fields(s)), Upper: strings.ToUpper(s)}
	})
	long := FilterChan(docs, func(d Doc) bool { return d.Words >= 3 })
	res := Collect(long)
	total := 0
	for _, d := range res {
		total += d.Words
	}
	fmt.Println(len(res), total)

	squares := Collect(Stage(Source(1, 2, 3, 4, 5), 2, func(n int) int { return n * n }))
	sum := 0
	for _, s := range squares {
		sum += s
	}
	fmt.Println(sum)
}

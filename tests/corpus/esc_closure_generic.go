package main

import (
	"errors"
	"fmt"
	"sync"
)

// Closures with generics, method values, defer/recover, sync.Once and
// goroutines: a retry helper, a lazy value, a generic Map over closures,
// and event handlers bound from method values.

type Lazy[T any] struct {
	once sync.Once
	val  T
	make func() T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.val = l.make() })
	return l.val
}

func NewLazy[T any](f func() T) *Lazy[T] { return &Lazy[T]{make: f} }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Retry(n int, f func(int) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	for i := 0; i < n; i++ {
		if err = f(i); err == nil {
			return nil
		}
	}
	return err
}

type Counter struct{ hits int }

func (c *Counter) Hit(s string) { c.hits += len(s) }

type Bus struct{ subs []func(string) }

func (b *Bus) On(f func(string)) { b.subs = append(b.subs, f) }

func (b *Bus) Emit(s string) {
	for _, f := range b.subs {
		f(s)
	}
}

func Parallel(jobs []int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for _, j := range jobs {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(j)
	}
	wg.Wait()
	return total
}

func main() {
	l := NewLazy(func() []int { return []int{1, 2, 3} })
	fmt.Println(len(l.Get()))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	lens := Map(strs, func(s string) int { return len(s) })
	err := Retry(3, func(i int) error {
		if i < 2 {
			return errors.New("again")
		}
		return nil
	})
	var c Counter
	var b Bus
	b.On(c.Hit)
	b.On(func(s string) { fmt.Println("got", s) })
	b.Emit("hello")
	fmt.Println(len(lens), err, c.hits, Parallel([]int{1, 2, 3}))
}

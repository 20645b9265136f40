// dining_philosophers.go - the dining philosophers with ordered fork
// acquisition (no deadlock), a waiter semaphore variant, per-philosopher
// meal counts under a mutex, and a WaitGroup to finish.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	sync.Mutex
	id int
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

type Table struct {
	mu     sync.Mutex
	log    map[string]int
	waiter chan struct{}
}

func (p *Philosopher) dine(t *Table, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if second.id < first.id {
		first, second = second, first // always lock the lower fork first
	}
	for i := 0; i < rounds; i++ {
		t.waiter <- struct{}{}
		first.Lock()
		second.Lock()
		p.meals++
		t.mu.Lock()
		t.log[p.name]++
		t.mu.Unlock()
		second.Unlock()
		first.Unlock()
		<-t.waiter
	}
}

func setTable(names []string) ([]*Philosopher, *Table) {
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		ps[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	t := &Table{log: map[string]int{}, waiter: make(chan struct{}, len(names)-1)}
	return ps, t
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Mill"}
	ps, t := setTable(names)
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(t, 100, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range ps {
		fmt.Printf("%-6s ate %d times (log %d)\n", p.name, p.meals, t.log[p.name])
		total += p.meals
	}
	fmt.Println("total meals:", total)
}

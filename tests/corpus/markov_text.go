package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type prefix []string

func (p prefix) key() string { return strings.Join(p, " ") }

func (p prefix) shift(w string) {
	copy(p, p[1:])
	p[len(p)-1] = w
}

type Chain struct {
	table map[string][]string
	order int
}

func NewChain(order int) *Chain {
	return &Chain{table: make(map[string][]string), order: order}
}

func (c *Chain) Build(text string) {
	p := make(prefix, c.order)
	for _, w := range strings.Fields(text) {
		k := p.key()
		c.table[k] = append(c.table[k], w)
		p.shift(w)
	}
}

func (c *Chain) Generate(n int, rng *rand.Rand) string {
	p := make(prefix, c.order)
	var words []string
	for i := 0; i < n; i++ {
		choices := c.table[p.key()]
		if len(choices) == 0 {
			break
		}
		w := choices[rng.Intn(len(choices))]
		words = append(words, w)
		p.shift(w)
	}
	return strings.Join(words, " ")
}

func (c *Chain) Stats() (keys int, maxFan string) {
	best := 0
	var names []string
	for k := range c.table {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if n := len(c.table[k]); n > best {
			best, maxFan = n, k
		}
	}
	return len(c.table), maxFan
}

const corpus = `the stack is fast and the heap is slow but the heap is shared and the stack is private to the goroutine and the compiler decides where the value lives`

func main() {
	c := NewChain(2)
	c.Build(corpus)
	rng := rand.New(rand.NewSource(3))
	fmt.Println(c.Generate(15, rng))
	fmt.Println(c.Stats())
	one := NewChain(1)
	one.Build(corpus)
	fmt.Println(one.Generate(8, rand.New(rand.NewSource(9))))
}

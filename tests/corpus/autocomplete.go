// autocomplete.go - prefix-tree autocomplete: insert words with weights,
// complete a prefix with the top-k suggestions, delete words.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	weight   int
	word     bool
}

func newNode() *node { return &node{children: make(map[rune]*node)} }

type Completer struct {
	root  *node
	count int
}

func NewCompleter() *Completer { return &Completer{root: newNode()} }

func (c *Completer) Insert(word string, weight int) {
	n := c.root
	for _, r := range strings.ToLower(word) {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		n = child
	}
	if !n.word {
		c.count++
	}
	n.word = true
	n.weight += weight
}

func (c *Completer) find(prefix string) *node {
	n := c.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

type suggestion struct {
	word   string
	weight int
}

func collect(n *node, buf []rune, out *[]suggestion) {
	if n.word {
		*out = append(*out, suggestion{string(buf), n.weight})
	}
	keys := make([]rune, 0, len(n.children))
	for r := range n.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		collect(n.children[r], append(buf, r), out)
	}
}

func (c *Completer) Complete(prefix string, k int) []string {
	prefix = strings.ToLower(prefix)
	n := c.find(prefix)
	if n == nil {
		return nil
	}
	var all []suggestion
	collect(n, []rune(prefix), &all)
	sort.SliceStable(all, func(i, j int) bool { return all[i].weight > all[j].weight })
	if len(all) > k {
		all = all[:k]
	}
	words := make([]string, len(all))
	for i, s := range all {
		words[i] = s.word
	}
	return words
}

// Delete unmarks the word and prunes nodes left without words below them.
func (c *Completer) Delete(word string) bool {
	var del func(n *node, rs []rune) (found, prune bool)
	del = func(n *node, rs []rune) (bool, bool) {
		if len(rs) == 0 {
			if !n.word {
				return false, false
			}
			n.word = false
			return true, len(n.children) == 0
		}
		child := n.children[rs[0]]
		if child == nil {
			return false, false
		}
		found, prune := del(child, rs[1:])
		if prune {
			delete(n.children, rs[0])
		}
		return found, found && !n.word && len(n.children) == 0
	}
	found, _ := del(c.root, []rune(strings.ToLower(word)))
	if found {
		c.count--
	}
	return found
}

func main() {
	c := NewCompleter()
	text := "go gopher goroutine golang good gone google go go gopher garbage gc gc gc heap stack"
	for _, w := range strings.Fields(text) {
		c.Insert(w, 1)
	}
	c.Insert("goroutine", 5)
	for _, p := range []string{"go", "g", "goo", "st", "x"} {
		fmt.Printf("%-4s -> %v\n", p, c.Complete(p, 3))
	}
	fmt.Println("delete gone:", c.Delete("gone"), "again:", c.Delete("gone"), "words:", c.count)
	fmt.Println(c.Complete("gon", 5))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type trieNode struct {
	children map[rune]*trieNode
	terminal bool
	count    int
}

type Trie struct {
	root  *trieNode
	words int
}

func newNode() *trieNode {
	return &trieNode{children: make(map[rune]*trieNode)}
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.terminal {
		n.terminal = true
		t.words++
	}
}

func (t *Trie) find(prefix string) *trieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(word string) bool {
	n := t.find(word)
	return n != nil && n.terminal
}

func (t *Trie) CountPrefix(prefix string) int {
	n := t.find(prefix)
	if n == nil {
		return 0
	}
	return n.count
}

func collect(n *trieNode, prefix []rune, out *[]string) {
	if n.terminal {
		*out = append(*out, string(prefix))
	}
	for r, c := range n.children {
		collect(c, append(prefix, r), out)
	}
}

func (t *Trie) WithPrefix(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	collect(n, []rune(prefix), &out)
	sort.Strings(out)
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang gone good great green") {
		t.Insert(w)
	}
	fmt.Println(t.words, t.Contains("gone"), t.Contains("gon"), t.CountPrefix("go"))
	fmt.Println(t.WithPrefix("go"))
	fmt.Println(t.WithPrefix("gr"), t.WithPrefix("x"))
}

package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	freq        int
	ch          rune
	left, right *hnode
	order       int
}

type nodeHeap []*hnode

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h nodeHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x interface{}) { *h = append(*h, x.(*hnode)) }
func (h *nodeHeap) Pop() interface{} {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	chars := make([]rune, 0, len(freq))
	for r := range freq {
		chars = append(chars, r)
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	h := &nodeHeap{}
	order := 0
	for _, r := range chars {
		heap.Push(h, &hnode{freq: freq[r], ch: r, order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return heap.Pop(h).(*hnode)
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func encode(text string, table map[rune]string) string {
	var b strings.Builder
	for _, r := range text {
		b.WriteString(table[r])
	}
	return b.String()
}

func decode(bits string, root *hnode) string {
	var b strings.Builder
	n := root
	for _, c := range bits {
		if c == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			b.WriteRune(n.ch)
			n = root
		}
	}
	return b.String()
}

func main() {
	text := "abracadabra alakazam"
	root := build(text)
	table := map[rune]string{}
	codes(root, "", table)
	bits := encode(text, table)
	fmt.Println(len(bits), len(text)*8, decode(bits, root) == text, table['a'])
}

package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"strings"
	"unicode"
)

type wordCount struct {
	word  string
	count int
}

type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// TopK keeps a bounded min-heap of the k most frequent words.
func TopK(text string, k int, stop map[string]bool) []wordCount {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" || stop[w] {
			continue
		}
		counts[w]++
	}
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]wordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount)
	}
	return out
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`
	stop := map[string]bool{"the": true, "of": true, "it": true}
	for _, wc := range TopK(text, 5, stop) {
		fmt.Printf("%-8s %d\n", wc.word, wc.count)
	}
}

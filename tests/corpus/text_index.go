// text_index.go - an inverted index over a few documents, with phrase
// queries ranked by term frequency.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Posting struct {
	Doc   int
	Where []int
}

type Index struct {
	docs  []string
	terms map[string][]*Posting
	stop  map[string]bool
}

func NewIndex(stop ...string) *Index {
	ix := &Index{terms: make(map[string][]*Posting), stop: map[string]bool{}}
	for _, s := range stop {
		ix.stop[s] = true
	}
	return ix
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func (ix *Index) Add(text string) int {
	id := len(ix.docs)
	ix.docs = append(ix.docs, text)
	for pos, w := range tokenize(text) {
		if ix.stop[w] {
			continue
		}
		list := ix.terms[w]
		if n := len(list); n > 0 && list[n-1].Doc == id {
			list[n-1].Where = append(list[n-1].Where, pos)
			continue
		}
		ix.terms[w] = append(list, &Posting{Doc: id, Where: []int{pos}})
	}
	return id
}

type Hit struct {
	Doc   int
	Score int
}

func (ix *Index) Search(query string) []Hit {
	scores := map[int]int{}
	for _, w := range tokenize(query) {
		for _, p := range ix.terms[w] {
			scores[p.Doc] += len(p.Where)
		}
	}
	hits := make([]Hit, 0, len(scores))
	for d, s := range scores {
		hits = append(hits, Hit{d, s})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	return hits
}

func (ix *Index) Snippet(doc int, width int) string {
	s := ix.docs[doc]
	if len(s) > width {
		s = s[:width] + "..."
	}
	return s
}

func main() {
	ix := NewIndex("the", "a", "of", "and")
	ix.Add("The quick brown fox jumps over the lazy dog")
	ix.Add("A lazy afternoon of reading and napping")
	ix.Add("Quick thinking: the fox and the hound, a quick tale")
	for _, q := range []string{"quick fox", "lazy", "hound tale"} {
		fmt.Printf("%q:\n", q)
		for _, h := range ix.Search(q) {
			fmt.Printf("  %d (%d) %s\n", h.Doc, h.Score, ix.Snippet(h.Doc, 24))
		}
	}
	fmt.Println(len(ix.terms), "terms")
}

// A Norvig-style spelling corrector: word frequencies from a corpus, edits at
// distance one and two generated into slices, and candidates ranked by frequency.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const letters = "abcdefghijklmnopqrstuvwxyz"

type Speller struct {
	freq  map[string]int
	total int
	cache map[string]string
}

func Train(text string) *Speller {
	s := &Speller{freq: make(map[string]int), cache: make(map[string]string)}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			s.freq[w]++
			s.total++
		}
	}
	return s
}

func edits1(word string) []string {
	n := len(word)
	out := make([]string, 0, 54*n+25)
	for i := 0; i <= n; i++ {
		left, right := word[:i], word[i:]
		if right != "" {
			out = append(out, left+right[1:])
		}
		if len(right) > 1 {
			out = append(out, left+string(right[1])+string(right[0])+right[2:])
		}
		for _, c := range letters {
			if right != "" {
				out = append(out, left+string(c)+right[1:])
			}
			out = append(out, left+string(c)+right)
		}
	}
	return out
}

func (s *Speller) known(words []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, w := range words {
		if s.freq[w] > 0 && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func (s *Speller) knownEdits2(word string) []string {
	var out []string
	for _, e1 := range edits1(word) {
		out = append(out, s.known(edits1(e1))...)
	}
	return s.known(out)
}

func (s *Speller) best(cands []string) string {
	sort.Slice(cands, func(i, j int) bool {
		if s.freq[cands[i]] != s.freq[cands[j]] {
			return s.freq[cands[i]] > s.freq[cands[j]]
		}
		return cands[i] < cands[j]
	})
	return cands[0]
}

func (s *Speller) Correct(word string) string {
	word = strings.ToLower(word)
	if c, ok := s.cache[word]; ok {
		return c
	}
	var result string
	switch {
	case s.freq[word] > 0:
		result = word
	case len(s.known(edits1(word))) > 0:
		result = s.best(s.known(edits1(word)))
	case len(word) < 9 && len(s.knownEdits2(word)) > 0:
		result = s.best(s.knownEdits2(word))
	default:
		result = word
	}
	s.cache[word] = result
	return result
}

func (s *Speller) Probability(word string) float64 {
	return float64(s.freq[word]) / float64(s.total)
}

func (s *Speller) CorrectText(text string) (string, int) {
	fixed := 0
	words := strings.Fields(text)
	for i, w := range words {
		if c := s.Correct(w); c != strings.ToLower(w) {
			words[i] = c
			fixed++
		}
	}
	return strings.Join(words, " "), fixed
}

const corpus = `The Go programming language is an open source project to make programmers
more productive. Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of multicore and
networked machines, while its novel type system enables flexible and modular
program construction. Go compiles quickly to machine code yet has the convenience
of garbage collection and the power of run-time reflection. The compiler performs
escape analysis to decide whether a variable lives on the stack or the heap; the
heap is managed by the garbage collector, the stack by the function that owns it.`

func main() {
	s := Train(corpus)
	fmt.Println("vocabulary:", len(s.freq), "words:", s.total)
	for _, w := range []string{"langauge", "compilr", "garbge", "stak", "hepa", "concurency", "xyzzy", "the"} {
		fmt.Printf("%-11s -> %-12s p=%.4f\n", w, s.Correct(w), s.Probability(s.Correct(w)))
	}
	out, n := s.CorrectText("teh compilr performs escpe analysis on the stak")
	fmt.Printf("%q (%d fixed)\n", out, n)
	fmt.Println("edits1(go):", len(edits1("go")), "cache:", len(s.cache))
}

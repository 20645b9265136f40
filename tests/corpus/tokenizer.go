package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

func tokenize(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func countWords(words []string) map[string]int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func scanLines(text string) (lines int, longest string) {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
		if l := sc.Text(); len(l) > len(longest) {
			longest = l
		}
	}
	return lines, longest
}

func scanWords(text string) int {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	return n
}

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func main() {
	words := tokenize(text)
	for _, wc := range topN(countWords(words), 4) {
		fmt.Printf("%-6s %d\n", wc.Word, wc.Count)
	}
	n, longest := scanLines(text)
	fmt.Println(n, len(longest), scanWords(text), len(words))
}

// A wc/word-frequency tool: bufio.Scanner with lines, words and a custom split
// function, stop words, and the top-N report.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

type Counts struct {
	Lines, Words, Bytes, Runes int
	Freq                        map[string]int
}

var stopWords = map[string]bool{
	"the": true, "a": true, "and": true, "of": true, "to": true, "in": true, "is": true, "it": true,
}

func splitWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) && !isWordByte(data[start]) {
		start++
	}
	for i := start; i < len(data); i++ {
		if !isWordByte(data[i]) {
			return i + 1, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

func isWordByte(b byte) bool {
	return b == '\'' || b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}

func Count(r io.Reader) (*Counts, error) {
	c := &Counts{Freq: make(map[string]int)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		c.Lines++
		c.Bytes += len(line) + 1
		c.Runes += len(bytes.Runes(line)) + 1
		ws := bufio.NewScanner(bytes.NewReader(line))
		ws.Split(splitWords)
		for ws.Scan() {
			w := strings.ToLower(strings.Trim(ws.Text(), "'"))
			if w == "" {
				continue
			}
			c.Words++
			if !stopWords[w] {
				c.Freq[w]++
			}
		}
	}
	return c, sc.Err()
}

type WordCount struct {
	Word  string
	Count int
}

func (c *Counts) Top(n int) []WordCount {
	all := make([]WordCount, 0, len(c.Freq))
	for w, k := range c.Freq {
		all = append(all, WordCount{w, k})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Word < all[j].Word
	})
	if len(all) > n {
		all = all[:n]
	}
	return all
}

func countLongLines(r io.Reader, limit int) (int, error) {
	sc := bufio.NewScanner(r)
	long := 0
	for sc.Scan() {
		if len(sc.Text()) > limit {
			long++
		}
	}
	return long, sc.Err()
}

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness —
it's a far, far better thing that I do, than I have ever done.`

func main() {
	c, err := Count(strings.NewReader(text))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%d lines, %d words, %d bytes, %d runes\n", c.Lines, c.Words, c.Bytes, c.Runes)
	for i, wc := range c.Top(6) {
		fmt.Printf("%d. %-8s %s %d\n", i+1, wc.Word, strings.Repeat("*", wc.Count), wc.Count)
	}
	long, _ := countLongLines(strings.NewReader(text), 56)
	fmt.Println("lines over 56 chars:", long)

	var sb strings.Builder
	sc := bufio.NewScanner(strings.NewReader("one two  three\tfour"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		sb.WriteString("<" + sc.Text() + ">")
	}
	fmt.Println(sb.String())
}

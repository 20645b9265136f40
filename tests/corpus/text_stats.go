package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Lines, Words, Runes, Bytes int
	Sentences                  int
	Freq                       map[string]int
	Longest                    string
	Scripts                    map[string]int
}

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"latin", unicode.Latin},
	{"greek", unicode.Greek},
	{"cyrillic", unicode.Cyrillic},
	{"han", unicode.Han},
}

func scriptOf(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "other"
}

func normalize(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			return unicode.ToLower(r)
		}
		return -1
	}, w)
}

func Analyze(text string) *Stats {
	st := &Stats{Freq: map[string]int{}, Scripts: map[string]int{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		st.Lines++
		st.Bytes += len(line) + 1
		st.Runes += utf8.RuneCountInString(line) + 1
		for _, w := range strings.Fields(line) {
			if last, _ := utf8.DecodeLastRuneInString(w); last == '.' || last == '!' || last == '?' {
				st.Sentences++
			}
			n := normalize(w)
			if n == "" {
				continue
			}
			st.Words++
			st.Freq[n]++
			if utf8.RuneCountInString(n) > utf8.RuneCountInString(st.Longest) {
				st.Longest = n
			}
			r, _ := utf8.DecodeRuneInString(n)
			st.Scripts[scriptOf(r)]++
		}
	}
	return st
}

type pair struct {
	word  string
	count int
}

func (st *Stats) Top(n int) []pair {
	ps := make([]pair, 0, len(st.Freq))
	for w, c := range st.Freq {
		ps = append(ps, pair{w, c})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].count != ps[j].count {
			return ps[i].count > ps[j].count
		}
		return ps[i].word < ps[j].word
	})
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps!
Η γρήγορη αλεπού. Быстрая лиса прыгает? 狐狸 跳
Don't panic: the answer is 42, and the question is unknown.`
	st := Analyze(text)
	fmt.Printf("lines=%d words=%d runes=%d bytes=%d sentences=%d\n",
		st.Lines, st.Words, st.Runes, st.Bytes, st.Sentences)
	for _, p := range st.Top(4) {
		fmt.Printf("%-6s %d\n", p.word, p.count)
	}
	fmt.Println("longest:", st.Longest)
	keys := make([]string, 0, len(st.Scripts))
	for k := range st.Scripts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", st.Scripts[k], " ")
	}
	fmt.Println()
}

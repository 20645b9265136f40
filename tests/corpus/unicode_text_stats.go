// unicode_text_stats.go - text statistics that respect Unicode: runes versus
// bytes, letter/digit/space/punct categories, case folding, an accent
// stripper with strings.Map, and word frequencies over multilingual text.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Bytes, Runes                      int
	Letters, Digits, Spaces, Punct    int
	Upper, Lower, Other, InvalidBytes int
}

func Analyze(s string) Stats {
	st := Stats{Bytes: len(s)}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		st.Runes++
		switch {
		case r == utf8.RuneError && size == 1:
			st.InvalidBytes++
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			} else if unicode.IsLower(r) {
				st.Lower++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		default:
			st.Other++
		}
	}
	return st
}

var folds = map[rune]rune{'é': 'e', 'è': 'e', 'ê': 'e', 'á': 'a', 'à': 'a', 'ö': 'o', 'ü': 'u', 'ñ': 'n', 'ç': 'c', 'ß': 's'}

func stripAccents(s string) string {
	return strings.Map(func(r rune) rune {
		if f, ok := folds[unicode.ToLower(r)]; ok {
			if unicode.IsUpper(r) {
				return unicode.ToUpper(f)
			}
			return f
		}
		return r
	}, s)
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

const text = "Café crème, naïve façade! Über straße — 42 Gophers in Zürich; ¿Qué tal? Señor Müller's café. \xff"

func main() {
	st := Analyze(text)
	fmt.Printf("%+v\n", st)
	fmt.Println(stripAccents("Crème Brûlée à la Façade"))
	freq := map[string]int{}
	for _, w := range words(strings.ToLower(stripAccents(text))) {
		freq[w]++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].w < list[j].w })
	fmt.Println(list[:4])
	fmt.Println(reverseRunes("héllo wörld"), truncate("naïve façade", 7), strings.EqualFold("STRASSE", "strasse"))
}

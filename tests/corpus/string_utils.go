package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func IsPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func sortedKey(w string) string {
	b := []byte(strings.ToLower(w))
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func GroupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, w := range words {
		k := sortedKey(w)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func Caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func TitleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func CountVowels(s string) (n int) {
	for _, r := range s {
		if strings.ContainsRune("aeiouAEIOU", r) {
			n++
		}
	}
	return
}

func main() {
	fmt.Println(Reverse("héllo, 世界"), IsPalindrome("A man, a plan, a canal: Panama"), IsPalindrome("gopher"))
	fmt.Println(GroupAnagrams([]string{"listen", "silent", "enlist", "google", "elgoog", "cat", "act"}))
	enc := Caesar("Hello, World!", 3)
	fmt.Println(enc, Caesar(enc, -3), TitleCase("the GO programming LANGUAGE"), CountVowels("escape analysis"))
}

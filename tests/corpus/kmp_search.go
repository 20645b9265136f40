// kmp_search.go - substring search three ways: Knuth-Morris-Pratt with a
// failure table, Rabin-Karp with a rolling hash, and Boyer-Moore-Horspool,
// cross-checked against strings.Index.
package main

import (
	"fmt"
	"strings"
)

func prefixTable(pat string) []int {
	t := make([]int, len(pat))
	k := 0
	for i := 1; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = t[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func KMPAll(text, pat string) []int {
	if pat == "" {
		return nil
	}
	t := prefixTable(pat)
	var hits []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = t[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			hits = append(hits, i-k+1)
			k = t[k-1]
		}
	}
	return hits
}

const base, mod = 256, 1_000_000_007

func RabinKarp(text, pat string) []int {
	n, m := len(text), len(pat)
	if m == 0 || m > n {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*base + uint64(pat[i])) % mod
		ht = (ht*base + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * base % mod
		}
	}
	var hits []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == pat {
			hits = append(hits, i)
		}
		if i+m >= n {
			return hits
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*base + uint64(text[i+m])) % mod
	}
}

func Horspool(text, pat string) int {
	m := len(pat)
	if m == 0 {
		return 0
	}
	var shift [256]int
	for i := range shift {
		shift[i] = m
	}
	for i := 0; i < m-1; i++ {
		shift[pat[i]] = m - 1 - i
	}
	for i := 0; i+m <= len(text); i += shift[text[i+m-1]] {
		if text[i:i+m] == pat {
			return i
		}
	}
	return -1
}

func main() {
	text := strings.Repeat("abracadabra ", 3) + "cadabra abra"
	for _, pat := range []string{"abra", "cad", "a", "zzz", "abracadabra abracadabra"} {
		k := KMPAll(text, pat)
		r := RabinKarp(text, pat)
		h := Horspool(text, pat)
		first := -1
		if len(k) > 0 {
			first = k[0]
		}
		ok := first == strings.Index(text, pat) && h == first && fmt.Sprint(k) == fmt.Sprint(r)
		fmt.Printf("%-24q %v first=%d agree=%v\n", pat, k, h, ok)
	}
	fmt.Println(prefixTable("aabaaab"))
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("out of range: %d", n)
	}
	var b strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			b.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return b.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var errEmpty = errors.New("empty numeral")

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad digit %q", s[i])
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := ToRoman(total); back != s {
		return 0, fmt.Errorf("non-canonical numeral %s (want %s)", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2023, 3999, 0} {
		r, err := ToRoman(n)
		fmt.Println(n, r, err)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "ABC", ""} {
		n, err := FromRoman(s)
		fmt.Println(s, n, err)
	}
}

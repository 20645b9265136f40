package main

import "fmt"

// Glob matches * (any run), ? (one char) and [abc] classes.
func Glob(pattern, name string) bool {
	px, nx := 0, 0
	nextPx, nextNx := 0, 0
	for px < len(pattern) || nx < len(name) {
		if px < len(pattern) {
			switch c := pattern[px]; c {
			case '?':
				if nx < len(name) {
					px++
					nx++
					continue
				}
			case '*':
				nextPx, nextNx = px, nx+1
				px++
				continue
			case '[':
				end := px + 1
				for end < len(pattern) && pattern[end] != ']' {
					end++
				}
				if nx < len(name) && end < len(pattern) && inClass(pattern[px+1:end], name[nx]) {
					px = end + 1
					nx++
					continue
				}
			default:
				if nx < len(name) && name[nx] == c {
					px++
					nx++
					continue
				}
			}
		}
		if 0 < nextNx && nextNx <= len(name) {
			px, nx = nextPx, nextNx
			continue
		}
		return false
	}
	return true
}

func inClass(class string, c byte) bool {
	neg := len(class) > 0 && class[0] == '!'
	if neg {
		class = class[1:]
	}
	found := false
	for i := 0; i < len(class); i++ {
		if i+2 < len(class) && class[i+1] == '-' {
			if class[i] <= c && c <= class[i+2] {
				found = true
			}
			i += 2
		} else if class[i] == c {
			found = true
		}
	}
	return found != neg
}

// Regex is a tiny matcher for ^, $, ., * (Kernighan & Pike).
func Regex(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" || (text[0] != c && c != '.') {
			return false
		}
		text = text[1:]
	}
}

func main() {
	cases := [][2]string{{"*.go", "main.go"}, {"*.go", "main.c"}, {"a?c", "abc"}, {"[a-c]x*", "bxyz"}, {"[!a-c]*", "apple"}, {"*a*b*", "xxaxxbxx"}}
	for _, c := range cases {
		fmt.Print(Glob(c[0], c[1]), " ")
	}
	fmt.Println()
	for _, c := range [][2]string{{"^go*gle$", "gooogle"}, {"a.c", "xxabcxx"}, {"^b", "abc"}, {"x*y$", "zzy"}} {
		fmt.Print(Regex(c[0], c[1]), " ")
	}
	fmt.Println()
}

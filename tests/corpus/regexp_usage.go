package main

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	dateRe  = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	wordRe  = regexp.MustCompile(`\b\w+\b`)
	kvRe    = regexp.MustCompile(`(?P<key>\w+)=(?P<val>"[^"]*"|\S+)`)
)

func validEmails(list []string) []string {
	var ok []string
	for _, e := range list {
		if emailRe.MatchString(strings.ToLower(e)) {
			ok = append(ok, e)
		}
	}
	return ok
}

func isoToUS(s string) string {
	return dateRe.ReplaceAllString(s, "$2/$3/$1")
}

func parseKV(line string) map[string]string {
	out := map[string]string{}
	for _, m := range kvRe.FindAllStringSubmatch(line, -1) {
		out[m[kvRe.SubexpIndex("key")]] = strings.Trim(m[kvRe.SubexpIndex("val")], `"`)
	}
	return out
}

func longestWord(s string) string {
	best := ""
	for _, w := range wordRe.FindAllString(s, -1) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func redact(s string) string {
	re := regexp.MustCompile(`\d`)
	return re.ReplaceAllStringFunc(s, func(string) string { return "#" })
}

func main() {
	fmt.Println(validEmails([]string{"a@b.io", "bad@", "Gopher@Go.Dev", "x y@z.com"}))
	fmt.Println(isoToUS("from 2023-01-15 to 2023-02-01"))
	fmt.Println(parseKV(`level=info msg="hello world" took=3ms`))
	fmt.Println(longestWord("escape analysis decides allocation"), redact("card 1234-5678"))
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
}

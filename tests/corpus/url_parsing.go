package main

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

func describe(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "error: " + err.Error()
	}
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("scheme=%s host=%s port=%s path=%s query=%v frag=%s", u.Scheme, u.Hostname(), u.Port(), u.Path, keys, u.Fragment)
}

func build(base string, params map[string]string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	q := u.Query()
	for k, v := range params {
		q.Set(k, v)
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func resolve(base, ref string) string {
	b, _ := url.Parse(base)
	r, _ := url.Parse(ref)
	return b.ResolveReference(r).String()
}

func paths() []string {
	return []string{
		path.Join("a", "b/../c", "/d"),
		path.Ext("archive.tar.gz"),
		path.Base("/usr/lib/go/"),
		filepath.ToSlash(filepath.Join("x", "y", "..", "z.go")),
		strings.TrimSuffix(filepath.Base("main_test.go"), filepath.Ext("main_test.go")),
	}
}

func matchAll(pattern string, names []string) []string {
	var out []string
	for _, n := range names {
		if ok, _ := path.Match(pattern, n); ok {
			out = append(out, n)
		}
	}
	return out
}

func main() {
	fmt.Println(describe("https://user@example.com:8443/a/b?x=1&y=2&x=3#top"))
	fmt.Println(describe("::bad"))
	s, err := build("https://api.example.com/search", map[string]string{"q": "escape analysis", "page": "2"})
	fmt.Println(s, err)
	fmt.Println(resolve("https://example.com/a/b/c", "../d?e=f"))
	fmt.Println(paths())
	fmt.Println(matchAll("*.go", []string{"a.go", "b.txt", "c_test.go", "dir/d.go"}))
	fmt.Println(url.QueryEscape("a b&c=d"), url.PathEscape("a b/c"))
}

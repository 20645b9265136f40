// json_path_query.go - querying decoded JSON (map[string]any / []any) with
// dotted paths like "store.books[1].title" or "store.books[*].price",
// with typed getters and errors that name the failing segment.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type segment struct {
	key   string
	index int // -1: none, -2: wildcard
}

var ErrPath = errors.New("path error")

func parsePath(p string) ([]segment, error) {
	var segs []segment
	for _, part := range strings.Split(p, ".") {
		key := part
		idx := -1
		if open := strings.IndexByte(part, '['); open >= 0 {
			if !strings.HasSuffix(part, "]") {
				return nil, fmt.Errorf("%w: unclosed [ in %q", ErrPath, part)
			}
			key = part[:open]
			inner := part[open+1 : len(part)-1]
			if inner == "*" {
				idx = -2
			} else {
				n, err := strconv.Atoi(inner)
				if err != nil || n < 0 {
					return nil, fmt.Errorf("%w: bad index %q", ErrPath, inner)
				}
				idx = n
			}
		}
		segs = append(segs, segment{key, idx})
	}
	return segs, nil
}

func query(v any, segs []segment) ([]any, error) {
	if len(segs) == 0 {
		return []any{v}, nil
	}
	s := segs[0]
	if s.key != "" {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: %q: not an object (%T)", ErrPath, s.key, v)
		}
		if v, ok = obj[s.key]; !ok {
			return nil, fmt.Errorf("%w: no key %q", ErrPath, s.key)
		}
	}
	if s.index == -1 {
		return query(v, segs[1:])
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: %q: not an array", ErrPath, s.key)
	}
	if s.index == -2 {
		var out []any
		for _, e := range arr {
			r, err := query(e, segs[1:])
			if err != nil {
				return nil, err
			}
			out = append(out, r...)
		}
		return out, nil
	}
	if s.index >= len(arr) {
		return nil, fmt.Errorf("%w: index %d out of range (%d)", ErrPath, s.index, len(arr))
	}
	return query(arr[s.index], segs[1:])
}

func Get(doc any, path string) ([]any, error) {
	segs, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	return query(doc, segs)
}

func GetString(doc any, path string) (string, error) {
	vs, err := Get(doc, path)
	if err != nil {
		return "", err
	}
	if s, ok := vs[0].(string); ok && len(vs) == 1 {
		return s, nil
	}
	return "", fmt.Errorf("%w: %s is not a single string", ErrPath, path)
}

const data = `{"store": {"name": "Gopher Books", "books": [
  {"title": "The Go Programming Language", "price": 34.5, "tags": ["go", "classic"]},
  {"title": "Concurrency in Go", "price": 29.99, "tags": ["go"]},
  {"title": "Escape Analysis Explained", "price": 0}
]}}`

func main() {
	var doc any
	if err := json.Unmarshal([]byte(data), &doc); err != nil {
		panic(err)
	}
	title, err := GetString(doc, "store.books[1].title")
	fmt.Println(title, err)
	prices, _ := Get(doc, "store.books[*].price")
	total := 0.0
	for _, p := range prices {
		total += p.(float64)
	}
	fmt.Printf("%d prices, total %.2f\n", len(prices), total)
	for _, p := range []string{"store.name", "store.books[5]", "store.books[0].tags[1]", "store.name[0]", "store.books[x]", "store.books[*].tags"} {
		v, err := Get(doc, p)
		fmt.Printf("%-24s %v %v\n", p, v, errors.Is(err, ErrPath))
	}
}

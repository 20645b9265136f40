// config_merge.go - deep-merges layered configuration trees
// (map[string]interface{}), then reads typed values back by dotted path.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Tree = map[string]interface{}

func merge(dst, src Tree) Tree {
	if dst == nil {
		dst = Tree{}
	}
	for k, v := range src {
		if sub, ok := v.(Tree); ok {
			if cur, ok := dst[k].(Tree); ok {
				dst[k] = merge(cur, sub)
				continue
			}
			dst[k] = merge(nil, sub)
			continue
		}
		dst[k] = v
	}
	return dst
}

func lookup(t Tree, path string) (interface{}, bool) {
	parts := strings.Split(path, ".")
	var cur interface{} = t
	for _, p := range parts {
		m, ok := cur.(Tree)
		if !ok {
			return nil, false
		}
		if cur, ok = m[p]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func getInt(t Tree, path string, def int) int {
	v, ok := lookup(t, path)
	if !ok {
		return def
	}
	switch x := v.(type) {
	case int:
		return x
	case float64:
		return int(x)
	case string:
		if n, err := strconv.Atoi(x); err == nil {
			return n
		}
	}
	return def
}

func flatten(prefix string, t Tree, out *[]string) {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		name := k
		if prefix != "" {
			name = prefix + "." + k
		}
		if sub, ok := t[k].(Tree); ok {
			flatten(name, sub, out)
			continue
		}
		*out = append(*out, fmt.Sprintf("%s=%v", name, t[k]))
	}
}

func main() {
	defaults := Tree{
		"server": Tree{"port": 8080, "host": "localhost", "tls": Tree{"enabled": false}},
		"log":    Tree{"level": "info"},
	}
	file := Tree{"server": Tree{"port": "9090", "tls": Tree{"enabled": true, "cert": "a.pem"}}}
	env := Tree{"log": Tree{"level": "debug"}, "workers": 4.0}
	cfg := merge(nil, defaults)
	for _, layer := range []Tree{file, env} {
		cfg = merge(cfg, layer)
	}
	var lines []string
	flatten("", cfg, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(getInt(cfg, "server.port", 0), getInt(cfg, "workers", 1), getInt(cfg, "nope.x", -1))
}

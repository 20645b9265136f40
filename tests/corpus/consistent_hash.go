// A consistent-hash ring with virtual nodes (crc32 + sort.Search), node weights,
// key rebalancing statistics when nodes join and leave, and replica lookup.
package main

import (
	"fmt"
	"hash/crc32"
	"sort"
	"strconv"
	"strings"
)

type Ring struct {
	replicas int
	hashes   []uint32
	owners   map[uint32]string
	weights  map[string]int
}

func NewRing(replicas int) *Ring {
	return &Ring{replicas: replicas, owners: make(map[uint32]string), weights: make(map[string]int)}
}

func hashKey(s string) uint32 { return crc32.ChecksumIEEE([]byte(s)) }

func (r *Ring) Add(node string, weight int) {
	r.weights[node] = weight
	for i := 0; i < r.replicas*weight; i++ {
		h := hashKey(node + "#" + strconv.Itoa(i))
		if _, dup := r.owners[h]; dup {
			continue
		}
		r.owners[h] = node
		r.hashes = append(r.hashes, h)
	}
	sort.Slice(r.hashes, func(i, j int) bool { return r.hashes[i] < r.hashes[j] })
}

func (r *Ring) Remove(node string) {
	kept := r.hashes[:0]
	for _, h := range r.hashes {
		if r.owners[h] == node {
			delete(r.owners, h)
			continue
		}
		kept = append(kept, h)
	}
	r.hashes = kept
	delete(r.weights, node)
}

func (r *Ring) search(h uint32) int {
	i := sort.Search(len(r.hashes), func(i int) bool { return r.hashes[i] >= h })
	if i == len(r.hashes) {
		i = 0
	}
	return i
}

func (r *Ring) Get(key string) string {
	if len(r.hashes) == 0 {
		return ""
	}
	return r.owners[r.hashes[r.search(hashKey(key))]]
}

func (r *Ring) GetN(key string, n int) []string {
	if n > len(r.weights) {
		n = len(r.weights)
	}
	out := make([]string, 0, n)
	seen := make(map[string]bool, n)
	for i := r.search(hashKey(key)); len(out) < n; i = (i + 1) % len(r.hashes) {
		node := r.owners[r.hashes[i]]
		if !seen[node] {
			seen[node] = true
			out = append(out, node)
		}
	}
	return out
}

func assign(r *Ring, keys []string) map[string]string {
	m := make(map[string]string, len(keys))
	for _, k := range keys {
		m[k] = r.Get(k)
	}
	return m
}

func moved(before, after map[string]string) int {
	n := 0
	for k, v := range before {
		if after[k] != v {
			n++
		}
	}
	return n
}

func load(m map[string]string) string {
	counts := map[string]int{}
	for _, node := range m {
		counts[node]++
	}
	nodes := make([]string, 0, len(counts))
	for n := range counts {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	parts := make([]string, len(nodes))
	for i, n := range nodes {
		parts[i] = fmt.Sprintf("%s:%d", n, counts[n])
	}
	return strings.Join(parts, " ")
}

func main() {
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = "user-" + strconv.Itoa(i)
	}
	r := NewRing(50)
	r.Add("cache-a", 1)
	r.Add("cache-b", 1)
	r.Add("cache-c", 2)
	before := assign(r, keys)
	fmt.Println("load:", load(before))

	r.Add("cache-d", 1)
	after := assign(r, keys)
	fmt.Printf("join d: moved %d of %d keys; load: %s\n", moved(before, after), len(keys), load(after))

	r.Remove("cache-b")
	final := assign(r, keys)
	fmt.Printf("leave b: moved %d keys; load: %s\n", moved(after, final), load(final))
	fmt.Println("replicas of user-42:", r.GetN("user-42", 2), "points:", len(r.hashes))
}

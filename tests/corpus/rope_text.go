// A rope for editing long texts: concatenation, split, insert, delete and index.
package main

import (
	"fmt"
	"strings"
)

const leafMax = 8

type Rope struct {
	left, right *Rope
	leaf        string
	weight      int
}

func Leaf(s string) *Rope {
	return &Rope{leaf: s, weight: len(s)}
}

func FromString(s string) *Rope {
	if len(s) <= leafMax {
		return Leaf(s)
	}
	mid := len(s) / 2
	return Concat(FromString(s[:mid]), FromString(s[mid:]))
}

func (r *Rope) Len() int {
	if r == nil {
		return 0
	}
	if r.left == nil && r.right == nil {
		return len(r.leaf)
	}
	return r.weight + r.right.Len()
}

func Concat(a, b *Rope) *Rope {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return &Rope{left: a, right: b, weight: a.Len()}
}

func (r *Rope) Index(i int) byte {
	for r.left != nil || r.right != nil {
		if i < r.weight {
			r = r.left
		} else {
			i -= r.weight
			r = r.right
		}
	}
	return r.leaf[i]
}

func (r *Rope) Split(i int) (*Rope, *Rope) {
	if r == nil {
		return nil, nil
	}
	if r.left == nil && r.right == nil {
		if i <= 0 {
			return nil, r
		}
		if i >= len(r.leaf) {
			return r, nil
		}
		return Leaf(r.leaf[:i]), Leaf(r.leaf[i:])
	}
	if i < r.weight {
		a, b := r.left.Split(i)
		return a, Concat(b, r.right)
	}
	a, b := r.right.Split(i - r.weight)
	return Concat(r.left, a), b
}

func (r *Rope) Insert(i int, s string) *Rope {
	a, b := r.Split(i)
	return Concat(Concat(a, FromString(s)), b)
}

func (r *Rope) Delete(i, n int) *Rope {
	a, rest := r.Split(i)
	_, b := rest.Split(n)
	return Concat(a, b)
}

func (r *Rope) writeTo(sb *strings.Builder) {
	if r == nil {
		return
	}
	if r.left == nil && r.right == nil {
		sb.WriteString(r.leaf)
		return
	}
	r.left.writeTo(sb)
	r.right.writeTo(sb)
}

func (r *Rope) String() string {
	var sb strings.Builder
	sb.Grow(r.Len())
	r.writeTo(&sb)
	return sb.String()
}

func (r *Rope) Depth() int {
	if r == nil || (r.left == nil && r.right == nil) {
		return 0
	}
	l, rr := r.left.Depth(), r.right.Depth()
	if l > rr {
		return l + 1
	}
	return rr + 1
}

func (r *Rope) Leaves(visit func(string)) {
	if r == nil {
		return
	}
	if r.left == nil && r.right == nil {
		visit(r.leaf)
		return
	}
	r.left.Leaves(visit)
	r.right.Leaves(visit)
}

func main() {
	doc := FromString("The quick brown fox jumps over the lazy dog.")
	fmt.Println(doc.Len(), doc.Depth(), doc)
	doc = doc.Insert(10, "and very ")
	fmt.Println(doc)
	doc = doc.Delete(4, 6)
	fmt.Println(doc)
	fmt.Printf("char 4 = %q\n", doc.Index(4))

	count := 0
	longest := ""
	doc.Leaves(func(s string) {
		count++
		if len(s) > len(longest) {
			longest = s
		}
	})
	fmt.Println("leaves:", count, "longest:", longest)

	left, right := doc.Split(doc.Len() / 2)
	fmt.Printf("%q | %q\n", left.String(), right.String())
}

package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Val         string
}

func Insert(t *Tree, key int, val string) *Tree {
	if t == nil {
		return &Tree{Key: key, Val: val}
	}
	switch {
	case key < t.Key:
		t.Left = Insert(t.Left, key, val)
	case key > t.Key:
		t.Right = Insert(t.Right, key, val)
	default:
		t.Val = val
	}
	return t
}

func (t *Tree) Get(key int) (string, bool) {
	for t != nil {
		if key < t.Key {
			t = t.Left
		} else if key > t.Key {
			t = t.Right
		} else {
			return t.Val, true
		}
	}
	return "", false
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) InOrder(visit func(k int, v string)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key, t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Min() *Tree {
	for t != nil && t.Left != nil {
		t = t.Left
	}
	return t
}

func Delete(t *Tree, key int) *Tree {
	if t == nil {
		return nil
	}
	if key < t.Key {
		t.Left = Delete(t.Left, key)
	} else if key > t.Key {
		t.Right = Delete(t.Right, key)
	} else {
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key, t.Val = m.Key, m.Val
		t.Right = Delete(t.Right, m.Key)
	}
	return t
}

func Keys(t *Tree) []int {
	var keys []int
	t.InOrder(func(k int, _ string) { keys = append(keys, k) })
	return keys
}

func main() {
	var root *Tree
	for i, k := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = Insert(root, k, fmt.Sprintf("v%d", i))
	}
	v, ok := root.Get(40)
	fmt.Println(v, ok, root.Height())
	root = Delete(root, 30)
	fmt.Println(Keys(root))
	root.InOrder(func(k int, v string) {
		if k > 60 {
			fmt.Println(k, v)
		}
	})
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

// A toy heap with mark-and-sweep collection, to show what "reachable" means.
type Object struct {
	ID     int
	Size   int
	Refs   []*Object
	marked bool
}

type Heap struct {
	objects []*Object
	roots   map[string]*Object
	nextID  int
	used    int
	limit   int
	gcRuns  int
}

func NewHeap(limit int) *Heap {
	return &Heap{roots: map[string]*Object{}, limit: limit}
}

func (h *Heap) Alloc(size int) *Object {
	if h.used+size > h.limit {
		h.Collect()
	}
	h.nextID++
	o := &Object{ID: h.nextID, Size: size}
	h.objects = append(h.objects, o)
	h.used += size
	return o
}

func (h *Heap) mark(o *Object) {
	stack := []*Object{o}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if cur == nil || cur.marked {
			continue
		}
		cur.marked = true
		stack = append(stack, cur.Refs...)
	}
}

func (h *Heap) Collect() (freed int) {
	h.gcRuns++
	for _, r := range h.roots {
		h.mark(r)
	}
	live := h.objects[:0]
	for _, o := range h.objects {
		if o.marked {
			o.marked = false
			live = append(live, o)
		} else {
			freed += o.Size
		}
	}
	for i := len(live); i < len(h.objects); i++ {
		h.objects[i] = nil
	}
	h.objects = live
	h.used -= freed
	return freed
}

func (h *Heap) Live() string {
	ids := make([]string, 0, len(h.objects))
	for _, o := range h.objects {
		ids = append(ids, fmt.Sprint(o.ID))
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

// A free-list allocator over a fixed arena, to contrast with the stack.
type FreeList struct {
	arena [256]byte
	free  []span
}

type span struct{ off, n int }

func NewFreeList() *FreeList {
	fl := &FreeList{}
	fl.free = []span{{0, len(fl.arena)}}
	return fl
}

func (f *FreeList) Alloc(n int) (int, bool) {
	for i, s := range f.free {
		if s.n >= n {
			f.free[i] = span{s.off + n, s.n - n}
			return s.off, true
		}
	}
	return 0, false
}

func (f *FreeList) Free(off, n int) {
	f.free = append(f.free, span{off, n})
	sort.Slice(f.free, func(i, j int) bool { return f.free[i].off < f.free[j].off })
	merged := f.free[:1]
	for _, s := range f.free[1:] {
		last := &merged[len(merged)-1]
		if last.off+last.n == s.off {
			last.n += s.n
		} else {
			merged = append(merged, s)
		}
	}
	f.free = merged
}

func main() {
	h := NewHeap(100)
	a := h.Alloc(10)
	b := h.Alloc(20)
	c := h.Alloc(30)
	a.Refs = append(a.Refs, b)
	h.roots["a"] = a
	_ = c
	fmt.Println(h.Collect(), h.Live(), h.used)
	for i := 0; i < 5; i++ {
		h.Alloc(25)
	}
	fmt.Println(h.gcRuns, h.Live(), h.used)
	fl := NewFreeList()
	x, _ := fl.Alloc(100)
	y, _ := fl.Alloc(100)
	_, ok := fl.Alloc(100)
	fl.Free(x, 100)
	fl.Free(y, 100)
	z, ok2 := fl.Alloc(200)
	fmt.Println(x, y, ok, z, ok2, fl.free)
}

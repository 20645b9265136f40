package main

type buffer struct {
	buf  []byte
	off  int
	name *string
}

func (b *buffer) advance(n int) {
	b.buf = b.buf[n:]
}

func (b *buffer) advanceTwo(n, m int) {
	b.buf = b.buf[n:m]
}

func (b *buffer) setFromOther(o *buffer) {
	b.buf = o.buf[1:]
}

func (b *buffer) rename(s *string) {
	b.name = s
}

type stack struct {
	items []int
}

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *stack) push(v int) {
	s.items = append(s.items, v)
}

func main() {
	b := &buffer{buf: []byte("hello world")}
	b.advance(2)
	b.advanceTwo(1, 3)
	o := buffer{buf: []byte("xyz")}
	b.setFromOther(&o)
	n := "name"
	b.rename(&n)
	s := &stack{}
	s.push(1)
	s.push(2)
	println(len(b.buf), s.pop(), *b.name)
}

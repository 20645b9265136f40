package main

type Big struct {
	data [70000]byte
}

func (b Big) First() byte { return b.data[0] }

func (b *Big) Second() byte { return b.data[1] }

type Small struct{ n int }

func (s Small) Get() int { return s.n }

func call(f func() byte) byte { return f() }

func callInt(f func() int) int { return f() }

func bigValueMethodValue() byte {
	var b Big
	b.data[0] = 7
	f := b.First
	return f()
}

func bigPtrMethodValue() byte {
	b := &Big{}
	f := b.Second
	return f()
}

func smallMethodValue() int {
	s := Small{5}
	return callInt(s.Get)
}

func passedBig() byte {
	var b Big
	return call(b.First)
}

func main() {
	println(bigValueMethodValue(), bigPtrMethodValue(), smallMethodValue(), passedBig())
}

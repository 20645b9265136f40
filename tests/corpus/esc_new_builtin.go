package main

type config struct {
	name    string
	retries int
	opts    map[string]string
}

func defaults() *config {
	c := new(config)
	c.name = "default"
	c.retries = 3
	return c
}

func localNew() int {
	c := new(config)
	c.retries = 5
	return c.retries
}

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func newSlice() *[]int {
	s := new([]int)
	*s = append(*s, 1)
	return s
}

func newMapInStruct() *config {
	return &config{opts: map[string]string{"a": "b"}}
}

func main() {
	c := defaults()
	m := newMapInStruct()
	println(c.name, localNew(), *newInt(3), len(*newSlice()), len(m.opts))
}

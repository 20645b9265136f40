package main

// Func literals copied by inlining more than once: a constructor inlined
// into another inlinable constructor, itself inlined into main; literals
// nested in copied literals; the same constructor inlined at several calls.

type Conf struct {
	name  string
	tags  []string
	limit *int
}

type Opt func(*Conf)

var last *Conf

func Name(n string) Opt { return func(c *Conf) { c.name = n } }

func Tag(t string) Opt { return Wrap(func(c *Conf) { c.tags = append(c.tags, t) }) }

func Wrap(o Opt) Opt { return func(c *Conf) { o(c) } }

func Remember() Opt { return Wrap(func(c *Conf) { last = c }) }

func Limit(v int) Opt {
	return func(c *Conf) {
		set := func(p *int) { c.limit = p }
		set(&v)
	}
}

func Chain(a, b Opt) Opt { return func(c *Conf) { a(c); b(c) } }

//go:noinline
func Build(opts ...Opt) *Conf {
	c := &Conf{}
	for _, o := range opts {
		o(c)
	}
	return c
}

func main() {
	c := Build(Name("x"), Tag("a"), Tag("b"), Remember(), Limit(3))
	println(c.name, len(c.tags))
	var d Conf
	Name("y")(&d)
	Chain(Name("z"), Tag("q"))(&d)
	Remember()(&d)
	println(d.name, last != nil)
}

package main

// Closures returned by inlinable functions: inlining the constructor into
// main copies the func literal (main.func1...), and gc analyses each copy as
// a function of main's batch, with its own parameter tags, even when the
// copy's call is inlined too.

type Server struct{ tags []string }

type Option func(*Server)

var g *Server
var h []string

func A() func(*Server) { return func(s *Server) { g = s } }
func B() func(*Server) { return func(s *Server) { h = s.tags } }
func C(t []string) func(*Server) { return func(s *Server) { s.tags = append(s.tags, t...) } }
func D() func(*Server) { return func(s *Server) { s.tags = append(s.tags, "x") } }

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

//go:noinline
func use(o Option) {
	var s Server
	o(&s)
	println(len(s.tags))
}

func main() {
	A()(nil)
	B()(nil)
	C(nil)(nil)
	D()(nil)
	use(WithTags("a", "b"))
}

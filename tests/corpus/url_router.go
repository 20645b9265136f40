package main

import (
	"fmt"
	"strings"
)

type Params map[string]string

type HandlerFunc func(p Params) string

type route struct {
	method  string
	parts   []string
	handler HandlerFunc
}

type Router struct {
	routes   []route
	notFound HandlerFunc
}

func NewRouter() *Router {
	return &Router{notFound: func(Params) string { return "404 not found" }}
}

func split(path string) []string {
	return strings.Split(strings.Trim(path, "/"), "/")
}

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	r.routes = append(r.routes, route{method: method, parts: split(pattern), handler: h})
}

func match(parts, path []string) (Params, bool) {
	if len(parts) != len(path) {
		return nil, false
	}
	var p Params
	for i, part := range parts {
		if strings.HasPrefix(part, ":") {
			if p == nil {
				p = Params{}
			}
			p[part[1:]] = path[i]
			continue
		}
		if part != path[i] {
			return nil, false
		}
	}
	return p, true
}

func (r *Router) Dispatch(method, path string) string {
	segs := split(path)
	for _, rt := range r.routes {
		if rt.method != method {
			continue
		}
		if p, ok := match(rt.parts, segs); ok {
			return rt.handler(p)
		}
	}
	return r.notFound(nil)
}

type Middleware func(HandlerFunc) HandlerFunc

func Chain(h HandlerFunc, ms ...Middleware) HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(p Params) string {
			res := next(p)
			*log = append(*log, fmt.Sprintf("params=%v -> %q", p, res))
			return res
		}
	}
}

func Upper(next HandlerFunc) HandlerFunc {
	return func(p Params) string { return strings.ToUpper(next(p)) }
}

func main() {
	var log []string
	r := NewRouter()
	r.Handle("GET", "/users/:id", Chain(func(p Params) string { return "user " + p["id"] }, Logging(&log)))
	r.Handle("GET", "/users/:id/posts/:post", Chain(func(p Params) string {
		return "post " + p["post"] + " of " + p["id"]
	}, Logging(&log), Upper))
	r.Handle("POST", "/users", func(Params) string { return "created" })
	for _, req := range [][2]string{{"GET", "/users/42"}, {"GET", "/users/7/posts/3"}, {"POST", "/users"}, {"GET", "/nope"}} {
		fmt.Println(r.Dispatch(req[0], req[1]))
	}
	fmt.Println(strings.Join(log, "\n"))
}

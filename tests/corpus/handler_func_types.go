// handler_func_types.go - function types with methods, the http.HandlerFunc
// pattern without net/http: a Handler interface, HandlerFunc adapter,
// middleware as func(Handler) Handler, a map of routes to method values,
// and anonymous structs for request fixtures.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Params map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func RequireUser(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		if r.User == "" {
			w.Status = 401
			w.Body.WriteString("login required")
			return
		}
		next.Serve(w, r)
	})
}

func Trace(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			*log = append(*log, "> "+r.Path)
			next.Serve(w, r)
			*log = append(*log, fmt.Sprintf("< %s %d", r.Path, w.Status))
		})
	}
}

type Store struct {
	items map[string]int
}

func (s *Store) List(w *Response, r *Request) {
	keys := make([]string, 0, len(s.items))
	for k := range s.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w.Status = 200
	fmt.Fprint(&w.Body, strings.Join(keys, ","))
}

func (s *Store) Add(w *Response, r *Request) {
	name := r.Params["name"]
	if name == "" {
		w.Status = 400
		return
	}
	s.items[name]++
	w.Status = 201
	fmt.Fprintf(&w.Body, "%s=%d", name, s.items[name])
}

type Mux struct {
	routes map[string]Handler
}

func (m *Mux) Serve(w *Response, r *Request) {
	h, ok := m.routes[r.Path]
	if !ok {
		w.Status = 404
		return
	}
	h.Serve(w, r)
}

func main() {
	var log []string
	store := &Store{items: map[string]int{"apple": 1}}
	mux := &Mux{routes: map[string]Handler{
		"/list": HandlerFunc(store.List),
		"/add":  Chain(HandlerFunc(store.Add), RequireUser),
		"/ping": HandlerFunc(func(w *Response, _ *Request) { w.Status = 200; w.Body.WriteString("pong") }),
	}}
	app := Chain(mux, Trace(&log))
	fixtures := []struct {
		path, user string
		params     map[string]string
	}{
		{"/ping", "", nil},
		{"/add", "", map[string]string{"name": "pear"}},
		{"/add", "ann", map[string]string{"name": "pear"}},
		{"/add", "ann", map[string]string{}},
		{"/list", "", nil},
		{"/nope", "bob", nil},
	}
	for _, f := range fixtures {
		w := &Response{}
		app.Serve(w, &Request{Path: f.path, User: f.user, Params: f.params})
		fmt.Printf("%-6s %d %q\n", f.path, w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(log, " | "))
}

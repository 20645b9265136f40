// path_params_mux.go - a tiny HTTP router with path parameters
// (/users/:id/posts/:post), method matching and middleware, exercised
// with httptest instead of a network.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Params map[string]string

type HandlerFunc func(w http.ResponseWriter, r *http.Request, ps Params)

type route struct {
	method string
	parts  []string
	h      HandlerFunc
}

type Router struct {
	routes     []route
	middleware []func(HandlerFunc) HandlerFunc
	notFound   http.Handler
}

func NewRouter() *Router {
	return &Router{notFound: http.NotFoundHandler()}
}

func (rt *Router) Use(mw func(HandlerFunc) HandlerFunc) { rt.middleware = append(rt.middleware, mw) }

func (rt *Router) Handle(method, pattern string, h HandlerFunc) {
	for i := len(rt.middleware) - 1; i >= 0; i-- {
		h = rt.middleware[i](h)
	}
	rt.routes = append(rt.routes, route{method, split(pattern), h})
}

func (rt *Router) GET(p string, h HandlerFunc)  { rt.Handle(http.MethodGet, p, h) }
func (rt *Router) POST(p string, h HandlerFunc) { rt.Handle(http.MethodPost, p, h) }

func split(path string) []string {
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}

func match(parts, segs []string) (Params, bool) {
	if len(parts) != len(segs) {
		return nil, false
	}
	var ps Params
	for i, p := range parts {
		if strings.HasPrefix(p, ":") {
			if ps == nil {
				ps = Params{}
			}
			ps[p[1:]] = segs[i]
			continue
		}
		if p != segs[i] {
			return nil, false
		}
	}
	return ps, true
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := split(r.URL.Path)
	methodMismatch := false
	for _, route := range rt.routes {
		ps, ok := match(route.parts, segs)
		if !ok {
			continue
		}
		if route.method != r.Method {
			methodMismatch = true
			continue
		}
		route.h(w, r, ps)
		return
	}
	if methodMismatch {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rt.notFound.ServeHTTP(w, r)
}

func logging(log *[]string) func(HandlerFunc) HandlerFunc {
	return func(next HandlerFunc) HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request, ps Params) {
			*log = append(*log, r.Method+" "+r.URL.Path)
			next(w, r, ps)
		}
	}
}

func showParams(w http.ResponseWriter, r *http.Request, ps Params) {
	keys := make([]string, 0, len(ps))
	for k := range ps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%s ", k, ps[k])
	}
}

func main() {
	var log []string
	rt := NewRouter()
	rt.Use(logging(&log))
	rt.GET("/users/:id", showParams)
	rt.GET("/users/:id/posts/:post", showParams)
	rt.POST("/users", func(w http.ResponseWriter, r *http.Request, ps Params) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "created")
	})
	reqs := []struct{ method, path string }{
		{"GET", "/users/42"}, {"GET", "/users/7/posts/99"}, {"POST", "/users"},
		{"DELETE", "/users/1"}, {"GET", "/nope"},
	}
	for _, q := range reqs {
		rec := httptest.NewRecorder()
		rt.ServeHTTP(rec, httptest.NewRequest(q.method, q.path, nil))
		fmt.Printf("%-6s %-20s %d %s\n", q.method, q.path, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	fmt.Println(strings.Join(log, "; "))
}

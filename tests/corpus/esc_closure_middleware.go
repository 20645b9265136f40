package main

import (
	"fmt"
	"strings"
)

// A middleware chain built from closures: handlers wrapping handlers,
// each constructor small enough to inline, so main holds copies of
// literals that capture other literals.

type Request struct {
	Path    string
	Headers map[string]string
}

type Response struct {
	Code int
	Body []string
}

type Handler func(*Request, *Response)

func Logging(log *[]string, next Handler) Handler {
	return func(r *Request, w *Response) {
		*log = append(*log, r.Path)
		next(r, w)
	}
}

func Auth(token string, next Handler) Handler {
	return func(r *Request, w *Response) {
		if r.Headers["auth"] != token {
			w.Code = 401
			return
		}
		next(r, w)
	}
}

func Prefix(p string, next Handler) Handler {
	return func(r *Request, w *Response) {
		if strings.HasPrefix(r.Path, p) {
			r.Path = r.Path[len(p):]
		}
		next(r, w)
	}
}

func Text(s string) Handler {
	return func(r *Request, w *Response) {
		w.Code = 200
		w.Body = append(w.Body, s, r.Path)
	}
}

func Chain(h Handler, mws ...func(Handler) Handler) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func main() {
	var log []string
	h := Logging(&log, Auth("secret", Prefix("/api", Text("hi"))))
	req := &Request{Path: "/api/x", Headers: map[string]string{"auth": "secret"}}
	var resp Response
	h(req, &resp)
	fmt.Println(resp.Code, resp.Body, log)
	h2 := Chain(Text("plain"), func(n Handler) Handler { return Prefix("/v1", n) })
	h2(&Request{Path: "/v1/y"}, &resp)
	fmt.Println(resp.Code, len(resp.Body))
}

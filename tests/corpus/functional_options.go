package main

import (
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

func WithTLS() Option { return func(s *Server) { s.tls = true } }

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v max=%d tags=%s", scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

// Builder style, for comparison.
type RequestBuilder struct {
	method  string
	url     string
	headers map[string]string
	body    string
	err     error
}

func NewRequest(url string) *RequestBuilder {
	return &RequestBuilder{method: "GET", url: url, headers: map[string]string{}}
}

func (b *RequestBuilder) Method(m string) *RequestBuilder {
	if m == "" {
		b.err = fmt.Errorf("empty method")
	}
	b.method = m
	return b
}

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	b.headers[k] = v
	return b
}

func (b *RequestBuilder) Body(s string) *RequestBuilder {
	b.body = s
	return b
}

func (b *RequestBuilder) Build() (string, error) {
	if b.err != nil {
		return "", b.err
	}
	return fmt.Sprintf("%s %s (%d headers, %d bytes)", b.method, b.url, len(b.headers), len(b.body)), nil
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(5*time.Second), WithTags("a", "b")))
	fmt.Println(NewRequest("/api").Method("POST").Header("X", "1").Body("{}").Build())
	fmt.Println(NewRequest("/bad").Method("").Build())
}

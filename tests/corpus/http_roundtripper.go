// An http.Client with custom RoundTrippers: a canned-response transport, a
// retrying middleware, header injection and response caching, all in memory.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
)

type RoundTripFunc func(*http.Request) (*http.Response, error)

func (f RoundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

type fakeServer struct {
	mu    sync.Mutex
	calls map[string]int
	flaky map[string]int // path -> failures before success
}

func (s *fakeServer) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.calls[r.URL.Path]++
	n := s.calls[r.URL.Path]
	s.mu.Unlock()
	if n <= s.flaky[r.URL.Path] {
		return nil, errors.New("connection reset by peer")
	}
	body := fmt.Sprintf("path=%s agent=%s call=%d", r.URL.Path, r.Header.Get("User-Agent"), n)
	status := http.StatusOK
	if strings.HasPrefix(r.URL.Path, "/missing") {
		status, body = http.StatusNotFound, "not found"
	}
	return &http.Response{
		StatusCode: status,
		Status:     http.StatusText(status),
		Header:     http.Header{"Content-Type": {"text/plain"}},
		Body:       io.NopCloser(strings.NewReader(body)),
		Request:    r,
	}, nil
}

func WithHeader(next http.RoundTripper, key, value string) http.RoundTripper {
	return RoundTripFunc(func(r *http.Request) (*http.Response, error) {
		r2 := r.Clone(r.Context())
		r2.Header.Set(key, value)
		return next.RoundTrip(r2)
	})
}

func WithRetry(next http.RoundTripper, attempts int, log *[]string) http.RoundTripper {
	return RoundTripFunc(func(r *http.Request) (*http.Response, error) {
		var err error
		for i := 1; i <= attempts; i++ {
			var resp *http.Response
			if resp, err = next.RoundTrip(r); err == nil {
				return resp, nil
			}
			*log = append(*log, fmt.Sprintf("%s attempt %d: %v", r.URL.Path, i, err))
		}
		return nil, fmt.Errorf("after %d attempts: %w", attempts, err)
	})
}

type cache struct {
	mu      sync.Mutex
	entries map[string][]byte
	next    http.RoundTripper
	hits    int
}

func (c *cache) RoundTrip(r *http.Request) (*http.Response, error) {
	key := r.Method + " " + r.URL.String()
	c.mu.Lock()
	body, ok := c.entries[key]
	if ok {
		c.hits++
	}
	c.mu.Unlock()
	if ok {
		return &http.Response{StatusCode: 200, Header: http.Header{"X-Cache": {"hit"}},
			Body: io.NopCloser(bytes.NewReader(body)), Request: r}, nil
	}
	resp, err := c.next.RoundTrip(r)
	if err != nil || resp.StatusCode != http.StatusOK || r.Method != http.MethodGet {
		return resp, err
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.entries[key] = data
	c.mu.Unlock()
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return resp, nil
}

func fetch(client *http.Client, url string) string {
	resp, err := client.Get(url)
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return fmt.Sprintf("%d %s [%s]", resp.StatusCode, b, resp.Header.Get("X-Cache"))
}

func main() {
	srv := &fakeServer{calls: map[string]int{}, flaky: map[string]int{"/flaky": 2, "/down": 10}}
	var log []string
	c := &cache{entries: map[string][]byte{}}
	c.next = WithRetry(WithHeader(srv, "User-Agent", "corpus/1.0"), 3, &log)
	client := &http.Client{Transport: c}

	for _, u := range []string{"/a", "/a", "/flaky", "/flaky", "/missing", "/down"} {
		fmt.Printf("%-8s %s\n", u, fetch(client, "http://svc.local"+u))
	}
	fmt.Println("cache hits:", c.hits, "server calls:", srv.calls["/a"], srv.calls["/flaky"], srv.calls["/down"])
	fmt.Println(strings.Join(log, "\n"))
}

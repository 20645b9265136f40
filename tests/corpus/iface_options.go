package main

import (
	"fmt"
	"strings"
	"time"
)

type config struct {
	name     string
	retries  int
	timeout  time.Duration
	headers  map[string]string
	tags     []string
	verbose  bool
	onRetry  func(attempt int)
}

// Option is an interface, as in grpc and zap, so options can also be values.
type Option interface {
	apply(*config)
}

type retries int

func (r retries) apply(c *config) { c.retries = int(r) }

type timeout time.Duration

func (t timeout) apply(c *config) { c.timeout = time.Duration(t) }

type header struct{ k, v string }

func (h header) apply(c *config) {
	if c.headers == nil {
		c.headers = make(map[string]string)
	}
	c.headers[h.k] = h.v
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

func WithTags(tags ...string) Option {
	return optionFunc(func(c *config) { c.tags = append(c.tags, tags...) })
}

func Verbose() Option { return optionFunc(func(c *config) { c.verbose = true }) }

func OnRetry(f func(int)) Option {
	return optionFunc(func(c *config) { c.onRetry = f })
}

type Client struct {
	cfg   config
	calls int
}

func NewClient(name string, opts ...Option) *Client {
	c := &Client{cfg: config{name: name, retries: 1, timeout: time.Second}}
	for _, o := range opts {
		o.apply(&c.cfg)
	}
	return c
}

func (c *Client) Do(req string) (string, error) {
	var last error
	for attempt := 1; attempt <= c.cfg.retries; attempt++ {
		c.calls++
		if attempt > 1 && c.cfg.onRetry != nil {
			c.cfg.onRetry(attempt)
		}
		if c.calls%3 != 0 {
			last = fmt.Errorf("%s: attempt %d failed", c.cfg.name, attempt)
			continue
		}
		return strings.ToUpper(req), nil
	}
	return "", last
}

func (c *Client) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s retries=%d timeout=%v", c.cfg.name, c.cfg.retries, c.cfg.timeout)
	for k, v := range c.cfg.headers {
		sb.WriteString(" " + k + "=" + v)
	}
	if len(c.cfg.tags) > 0 {
		sb.WriteString(" tags=" + strings.Join(c.cfg.tags, ","))
	}
	return sb.String()
}

func main() {
	var retried []int
	defaults := []Option{retries(3), timeout(250 * time.Millisecond)}
	c := NewClient("api", append(defaults,
		header{"Accept", "json"},
		WithTags("a", "b"),
		Verbose(),
		OnRetry(func(n int) { retried = append(retried, n) }),
	)...)
	fmt.Println(c)
	for _, r := range []string{"ping", "pong"} {
		out, err := c.Do(r)
		fmt.Println(out, err)
	}
	fmt.Println("retried at", retried, c.cfg.verbose)
	plain := NewClient("plain")
	_, err := plain.Do("x")
	fmt.Println(plain, err)
}

// config_reload.go - hot-reloadable configuration: an immutable Config
// snapshot published through atomic.Value, a sync.Once lazy default, a
// validating parser, and readers that never see a half-written config.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Version  int
	Listen   string
	Timeout  time.Duration
	Features map[string]bool
}

type Store struct {
	v        atomic.Value
	once     sync.Once
	reloads  atomic.Int64
	failures int64
}

func (s *Store) Load() *Config {
	s.once.Do(func() {
		if s.v.Load() == nil {
			s.v.Store(&Config{Listen: ":8080", Timeout: time.Second, Features: map[string]bool{}})
		}
	})
	return s.v.Load().(*Config)
}

var errInvalid = errors.New("invalid config")

func parse(src string, version int) (*Config, error) {
	c := &Config{Version: version, Features: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, val, ok := strings.Cut(text, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: missing '=': %w", line, errInvalid)
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch {
		case key == "listen":
			c.Listen = val
		case key == "timeout":
			d, err := time.ParseDuration(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v: %w", line, err, errInvalid)
			}
			c.Timeout = d
		case strings.HasPrefix(key, "feature."):
			b, err := strconv.ParseBool(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, errInvalid)
			}
			c.Features[strings.TrimPrefix(key, "feature.")] = b
		default:
			return nil, fmt.Errorf("line %d: unknown key %q: %w", line, key, errInvalid)
		}
	}
	if c.Listen == "" {
		return nil, fmt.Errorf("listen is empty: %w", errInvalid)
	}
	return c, nil
}

func (s *Store) Reload(src string) error {
	cur := s.Load()
	c, err := parse(src, cur.Version+1)
	if err != nil {
		atomic.AddInt64(&s.failures, 1)
		return err
	}
	s.v.Store(c)
	s.reloads.Add(1)
	return nil
}

func main() {
	s := &Store{}
	fmt.Printf("%+v\n", *s.Load())
	var wg sync.WaitGroup
	seen := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if c := s.Load(); c.Version > seen[r] {
					seen[r] = c.Version
				}
			}
		}(r)
	}
	srcs := []string{
		"listen = :9090\ntimeout = 2s\nfeature.cache = true\n",
		"listen = :9091\ntimeout = soon\n",
		"# comment\nlisten = :9092\nfeature.cache = false\nfeature.beta = true\n",
		"bogus\n",
	}
	for _, src := range srcs {
		if err := s.Reload(src); err != nil {
			fmt.Println("reload failed:", err, errors.Is(err, errInvalid))
		}
	}
	wg.Wait()
	c := s.Load()
	fmt.Println(c.Version, c.Listen, c.Timeout, c.Features["beta"], c.Features["cache"])
	fmt.Println("reloads", s.reloads.Load(), "failures", atomic.LoadInt64(&s.failures))
}

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type request struct {
	key   string
	reply chan<- result
}

type result struct {
	value string
	err   error
}

var ErrNotFound = errors.New("not found")

// store owns its map; callers talk to it through channels of channels.
func store(ctx context.Context, reqs <-chan request, data map[string]string) {
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-reqs:
			v, ok := data[r.key]
			if !ok {
				r.reply <- result{err: fmt.Errorf("%q: %w", r.key, ErrNotFound)}
				continue
			}
			r.reply <- result{value: strings.ToUpper(v)}
		}
	}
}

func get(ctx context.Context, reqs chan<- request, key string) (string, error) {
	reply := make(chan result, 1)
	select {
	case reqs <- request{key: key, reply: reply}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	select {
	case res := <-reply:
		return res.value, res.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func getAll(ctx context.Context, reqs chan<- request, keys []string) (map[string]string, []error) {
	out := make(map[string]string, len(keys))
	var errs []error
	for _, k := range keys {
		v, err := get(ctx, reqs, k)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[k] = v
	}
	return out, errs
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	reqs := make(chan request)
	go store(ctx, reqs, map[string]string{"a": "apple", "b": "banana"})
	vals, errs := getAll(ctx, reqs, []string{"a", "x", "b"})
	fmt.Println(vals["a"], vals["b"], len(errs), errors.Is(errs[0], ErrNotFound))
	cancel()
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	_, err := get(tctx, make(chan request), "a")
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}

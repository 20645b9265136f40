// errgroup_lite.go - a small errgroup: goroutines share a context that is
// cancelled by the first error, a limit on concurrent tasks, and a fetcher
// that stops early when one of its inputs fails.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	g := &Group{cancel: cancel}
	if limit > 0 {
		g.sem = make(chan struct{}, limit)
	}
	return g, ctx
}

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var ErrNotFound = errors.New("not found")

func fetch(ctx context.Context, key string, delay time.Duration) (string, error) {
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return "", ctx.Err()
	}
	if key == "missing" {
		return "", fmt.Errorf("fetch %s: %w", key, ErrNotFound)
	}
	return "value-of-" + key, nil
}

func fetchAll(keys []string, limit int) (map[string]string, error) {
	g, ctx := WithContext(context.Background(), limit)
	var mu sync.Mutex
	out := make(map[string]string, len(keys))
	for i, k := range keys {
		k, delay := k, time.Duration(i+1)*time.Millisecond
		g.Go(func() error {
			v, err := fetch(ctx, k, delay)
			if err != nil {
				return err
			}
			mu.Lock()
			out[k] = v
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	return out, err
}

func main() {
	res, err := fetchAll([]string{"a", "b", "c", "d"}, 2)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, err)
	res, err = fetchAll([]string{"x", "missing", "y", "z"}, 0)
	fmt.Println(len(res) < 4, errors.Is(err, ErrNotFound), err)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type result struct {
	id  int
	val int
	err error
}

func slowSquare(ctx context.Context, id, n int) result {
	for i := 0; i < n; i++ {
		select {
		case <-ctx.Done():
			return result{id: id, err: ctx.Err()}
		default:
		}
	}
	return result{id: id, val: n * n}
}

func fanOut(ctx context.Context, inputs []int) []result {
	out := make([]result, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			out[i] = slowSquare(ctx, i, n)
		}(i, n)
	}
	wg.Wait()
	return out
}

func firstError(ctx context.Context, tasks []func(context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, len(tasks))
	for _, t := range tasks {
		go func(t func(context.Context) error) { errc <- t(ctx) }(t)
	}
	var first error
	for range tasks {
		if err := <-errc; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	return first
}

type traceKey struct{}

func withTrace(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, traceKey{}, id)
}

func traceID(ctx context.Context) string {
	if v, ok := ctx.Value(traceKey{}).(string); ok {
		return v
	}
	return "none"
}

func main() {
	ctx := context.Background()
	res := fanOut(ctx, []int{3, 4, 5})
	fmt.Println(res)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	res = fanOut(cctx, []int{1, 2})
	fmt.Println(errors.Is(res[0].err, context.Canceled), res[1].err)
	tctx, tcancel := context.WithTimeout(ctx, time.Hour)
	defer tcancel()
	err := firstError(tctx, []func(context.Context) error{
		func(context.Context) error { return nil },
		func(context.Context) error { return errors.New("task 2 failed") },
	})
	fmt.Println(err, traceID(withTrace(ctx, "abc")), traceID(ctx))
}

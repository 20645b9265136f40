package main

import (
	"fmt"
	"time"
)

type request struct {
	id    int
	reply chan string
}

func server(reqs <-chan *request, quit <-chan struct{}) {
	for {
		select {
		case r := <-reqs:
			r.reply <- fmt.Sprintf("handled %d", r.id)
		case <-quit:
			return
		}
	}
}

func call(reqs chan<- *request, id int) string {
	r := &request{id: id, reply: make(chan string, 1)}
	reqs <- r
	select {
	case s := <-r.reply:
		return s
	case <-time.After(time.Second):
		return "timeout"
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func ticker(n int) []int {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	var got []int
	for i := 0; i < n; i++ {
		<-t.C
		got = append(got, i)
	}
	return got
}

func main() {
	reqs := make(chan *request)
	quit := make(chan struct{})
	go server(reqs, quit)
	fmt.Println(call(reqs, 1), call(reqs, 2))
	close(quit)
	ch := make(chan int, 1)
	fmt.Println(trySend(ch, 5), trySend(ch, 6))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(ticker(3))
}

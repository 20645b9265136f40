package main

import "fmt"

type msg struct {
	id   int
	body string
}

func sendValue(ch chan msg) {
	m := msg{1, "value"}
	ch <- m
}

func sendPointer(ch chan *msg) {
	m := msg{2, "pointer"}
	ch <- &m
}

func sendNew(ch chan *msg) {
	ch <- &msg{3, "new"}
}

func sendInt(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func recvSum(ch <-chan int) int {
	s := 0
	for v := range ch {
		s += v
	}
	return s
}

func localChan() int {
	c := make(chan int, 1)
	c <- 42
	return <-c
}

func chanOfSlices(ch chan []int) {
	s := []int{1, 2, 3}
	ch <- s
}

func selectTwo(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	default:
		return 0
	}
}

func main() {
	vc := make(chan msg, 1)
	sendValue(vc)
	pc := make(chan *msg, 2)
	sendPointer(pc)
	sendNew(pc)
	ic := make(chan int, 10)
	sendInt(ic, 5)
	sc := make(chan []int, 1)
	chanOfSlices(sc)
	a, b := make(chan int, 1), make(chan int, 1)
	b <- 9
	fmt.Println((<-vc).body, (<-pc).body, (<-pc).id, recvSum(ic), localChan(), len(<-sc), selectTwo(a, b))
}

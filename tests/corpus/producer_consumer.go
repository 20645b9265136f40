package main

import (
	"fmt"
	"strings"
	"sync"
)

type Order struct {
	ID    int
	Items []string
}

type Receipt struct {
	OrderID int
	Summary string
}

type Kitchen struct {
	orders   chan *Order
	receipts chan Receipt
	wg       sync.WaitGroup
}

func NewKitchen(buffer int) *Kitchen {
	return &Kitchen{
		orders:   make(chan *Order, buffer),
		receipts: make(chan Receipt, buffer),
	}
}

func (k *Kitchen) Cook(id int) {
	defer k.wg.Done()
	for o := range k.orders {
		k.receipts <- Receipt{OrderID: o.ID, Summary: fmt.Sprintf("cook%d made %s", id, strings.Join(o.Items, "+"))}
	}
}

func (k *Kitchen) Start(cooks int) {
	for i := 0; i < cooks; i++ {
		k.wg.Add(1)
		go k.Cook(i)
	}
	go func() {
		k.wg.Wait()
		close(k.receipts)
	}()
}

func (k *Kitchen) Submit(orders []*Order) {
	for _, o := range orders {
		k.orders <- o
	}
	close(k.orders)
}

func main() {
	k := NewKitchen(4)
	k.Start(3)
	var orders []*Order
	for i := 1; i <= 6; i++ {
		orders = append(orders, &Order{ID: i, Items: []string{"soup", fmt.Sprint("dish", i)}})
	}
	go k.Submit(orders)
	got := make([]string, 7)
	for r := range k.receipts {
		got[r.OrderID] = r.Summary[strings.Index(r.Summary, "made"):]
	}
	fmt.Println(strings.Join(got[1:], "\n"))
}

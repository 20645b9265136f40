package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	From, Text string
}

type Client struct {
	name  string
	inbox chan Message
	got   []string
	done  chan struct{}
}

type Room struct {
	join    chan *Client
	leave   chan *Client
	publish chan Message
	quit    chan struct{}
	wg      sync.WaitGroup
}

func NewRoom() *Room {
	return &Room{join: make(chan *Client), leave: make(chan *Client), publish: make(chan Message), quit: make(chan struct{})}
}

func (r *Room) Run() {
	defer r.wg.Done()
	clients := map[*Client]bool{}
	for {
		select {
		case c := <-r.join:
			clients[c] = true
		case c := <-r.leave:
			delete(clients, c)
			close(c.inbox)
		case m := <-r.publish:
			for c := range clients {
				if c.name != m.From {
					c.inbox <- m
				}
			}
		case <-r.quit:
			for c := range clients {
				close(c.inbox)
			}
			return
		}
	}
}

func NewClient(name string) *Client {
	c := &Client{name: name, inbox: make(chan Message, 16), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for m := range c.inbox {
			c.got = append(c.got, m.From+": "+m.Text)
		}
	}()
	return c
}

func main() {
	room := NewRoom()
	room.wg.Add(1)
	go room.Run()
	ann, bob, cy := NewClient("ann"), NewClient("bob"), NewClient("cy")
	room.join <- ann
	room.join <- bob
	room.publish <- Message{"ann", "hi all"}
	room.join <- cy
	room.publish <- Message{"bob", "hello ann"}
	room.leave <- bob
	room.publish <- Message{"cy", "bye"}
	close(room.quit)
	room.wg.Wait()
	for _, c := range []*Client{ann, bob, cy} {
		<-c.done
		sort.Strings(c.got)
		fmt.Printf("%s: [%s]\n", c.name, strings.Join(c.got, "; "))
	}
}

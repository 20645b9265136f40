package main

import (
	"errors"
	"fmt"
	"sync"
)

type Conn struct {
	id     int
	refs   int
	closed bool
	log    *[]string
}

func (c *Conn) Retain() *Conn {
	c.refs++
	return c
}

func (c *Conn) Release() {
	c.refs--
	if c.refs == 0 {
		c.closed = true
		*c.log = append(*c.log, fmt.Sprintf("conn %d closed", c.id))
	}
}

type Pool struct {
	mu    sync.Mutex
	idle  []*Conn
	max   int
	open  int
	next  int
	log   []string
}

var ErrExhausted = errors.New("pool exhausted")

func (p *Pool) Get() (*Conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		return c.Retain(), nil
	}
	if p.open >= p.max {
		return nil, ErrExhausted
	}
	p.open++
	p.next++
	c := &Conn{id: p.next, log: &p.log}
	p.log = append(p.log, fmt.Sprintf("conn %d opened", c.id))
	return c.Retain(), nil
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c.refs--
	p.idle = append(p.idle, c)
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.idle {
		c.refs++
		c.Release()
	}
	p.idle = nil
}

func withConn(p *Pool, f func(*Conn) error) error {
	c, err := p.Get()
	if err != nil {
		return err
	}
	defer p.Put(c)
	return f(c)
}

func main() {
	p := &Pool{max: 2}
	a, _ := p.Get()
	b, _ := p.Get()
	_, err := p.Get()
	fmt.Println(err)
	p.Put(a)
	err = withConn(p, func(c *Conn) error {
		if c.id != a.id {
			return errors.New("expected reuse")
		}
		return nil
	})
	fmt.Println(err)
	p.Put(b)
	p.Close()
	fmt.Println(p.log, a.closed, b.closed)
}

// actor_mailbox.go - actors with mailboxes: an account actor that owns its
// state and answers requests on reply channels, a supervisor that routes
// messages by name, and a graceful stop with acknowledgements.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Msg interface{ isMsg() }

type (
	Deposit struct {
		Amount int
		Reply  chan error
	}
	Withdraw struct {
		Amount int
		Reply  chan error
	}
	Balance struct{ Reply chan int }
	Stop    struct{ Done chan struct{} }
)

func (Deposit) isMsg()  {}
func (Withdraw) isMsg() {}
func (Balance) isMsg()  {}
func (Stop) isMsg()     {}

var ErrFunds = errors.New("insufficient funds")

type Account struct {
	name    string
	balance int
	inbox   chan Msg
	history []string
}

func Spawn(name string, initial int) *Account {
	a := &Account{name: name, balance: initial, inbox: make(chan Msg, 8)}
	go a.loop()
	return a
}

func (a *Account) loop() {
	for m := range a.inbox {
		switch m := m.(type) {
		case Deposit:
			a.balance += m.Amount
			a.history = append(a.history, fmt.Sprintf("+%d", m.Amount))
			m.Reply <- nil
		case Withdraw:
			if m.Amount > a.balance {
				m.Reply <- fmt.Errorf("%s: withdraw %d: %w", a.name, m.Amount, ErrFunds)
				continue
			}
			a.balance -= m.Amount
			a.history = append(a.history, fmt.Sprintf("-%d", m.Amount))
			m.Reply <- nil
		case Balance:
			m.Reply <- a.balance
		case Stop:
			close(m.Done)
			return
		}
	}
}

type Supervisor struct {
	actors map[string]*Account
}

func (s *Supervisor) ask(name string, m Msg) error {
	a, ok := s.actors[name]
	if !ok {
		return fmt.Errorf("no actor %q", name)
	}
	a.inbox <- m
	return nil
}

func (s *Supervisor) Transfer(from, to string, amt int) error {
	reply := make(chan error, 1)
	if err := s.ask(from, Withdraw{amt, reply}); err != nil {
		return err
	}
	if err := <-reply; err != nil {
		return err
	}
	if err := s.ask(to, Deposit{amt, reply}); err != nil {
		s.ask(from, Deposit{amt, reply}) // refund
		<-reply
		return err
	}
	return <-reply
}

func (s *Supervisor) Balances() map[string]int {
	out := map[string]int{}
	for name, a := range s.actors {
		r := make(chan int)
		a.inbox <- Balance{r}
		out[name] = <-r
	}
	return out
}

func (s *Supervisor) StopAll() int {
	n := 0
	for _, a := range s.actors {
		done := make(chan struct{})
		a.inbox <- Stop{done}
		<-done
		n++
	}
	return n
}

func main() {
	s := &Supervisor{actors: map[string]*Account{
		"ann": Spawn("ann", 100),
		"bob": Spawn("bob", 20),
	}}
	fmt.Println(s.Transfer("ann", "bob", 30))
	fmt.Println(s.Transfer("bob", "ann", 500))
	err := s.Transfer("ann", "zed", 10)
	fmt.Println(err, errors.Is(err, ErrFunds))
	bal := s.Balances()
	names := make([]string, 0, len(bal))
	for n := range bal {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, bal[n], s.actors[n].history)
	}
	fmt.Println("stopped", s.StopAll())
}

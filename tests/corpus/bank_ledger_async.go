// bank_ledger_async.go - accounts served by a single goroutine over
// request channels: transfers, balance queries with reply channels,
// audit trail in a fixed ring, and method expressions as validators.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountID string

type Account struct {
	ID      AccountID
	Balance int64
	Frozen  bool
}

type Op struct {
	From, To AccountID
	Amount   int64
	Reply    chan error
}

type Query struct {
	ID    AccountID
	Reply chan<- Account
}

type Ledger struct {
	accounts map[AccountID]*Account
	ops      chan Op
	queries  chan Query
	quit     chan struct{}
	audit    [8]string
	n        int
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFunds     = errors.New("insufficient funds")
	ErrFrozen    = errors.New("account frozen")
)

type check func(l *Ledger, op *Op) error

func (l *Ledger) exists(op *Op) error {
	if _, ok := l.accounts[op.From]; !ok {
		return fmt.Errorf("%s: %w", op.From, ErrNoAccount)
	}
	if _, ok := l.accounts[op.To]; !ok {
		return fmt.Errorf("%s: %w", op.To, ErrNoAccount)
	}
	return nil
}

func (l *Ledger) funds(op *Op) error {
	if a := l.accounts[op.From]; a.Balance < op.Amount {
		return ErrFunds
	}
	return nil
}

func (l *Ledger) notFrozen(op *Op) error {
	for _, id := range [2]AccountID{op.From, op.To} {
		if l.accounts[id].Frozen {
			return ErrFrozen
		}
	}
	return nil
}

var checks = []check{(*Ledger).exists, (*Ledger).notFrozen, (*Ledger).funds}

func (l *Ledger) apply(op *Op) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		l.audit[l.n%len(l.audit)] = fmt.Sprintf("%s->%s %d: %s", op.From, op.To, op.Amount, status)
		l.n++
	}()
	for _, c := range checks {
		if err = c(l, op); err != nil {
			return err
		}
	}
	l.accounts[op.From].Balance -= op.Amount
	l.accounts[op.To].Balance += op.Amount
	return nil
}

func (l *Ledger) serve() {
	for {
		select {
		case op := <-l.ops:
			op.Reply <- l.apply(&op)
		case q := <-l.queries:
			if a, ok := l.accounts[q.ID]; ok {
				q.Reply <- *a
			} else {
				q.Reply <- Account{}
			}
		case <-l.quit:
			return
		}
	}
}

func (l *Ledger) Transfer(from, to AccountID, amt int64) error {
	reply := make(chan error, 1)
	l.ops <- Op{from, to, amt, reply}
	return <-reply
}

func (l *Ledger) Balance(id AccountID) int64 {
	reply := make(chan Account)
	l.queries <- Query{id, reply}
	a := <-reply
	return a.Balance
}

func main() {
	l := &Ledger{accounts: map[AccountID]*Account{}, ops: make(chan Op), queries: make(chan Query), quit: make(chan struct{})}
	for _, a := range []Account{{"alice", 100, false}, {"bob", 50, false}, {"carol", 10, true}} {
		a := a
		l.accounts[a.ID] = &a
	}
	go l.serve()
	errs := []error{
		l.Transfer("alice", "bob", 30),
		l.Transfer("bob", "carol", 5),
		l.Transfer("bob", "dave", 5),
		l.Transfer("bob", "alice", 500),
	}
	for i, err := range errs {
		fmt.Println(i, err, errors.Is(err, ErrNoAccount))
	}
	ids := make([]string, 0, 3)
	for id := range l.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Println(id, l.Balance(AccountID(id)))
	}
	close(l.quit)
	for _, s := range l.audit[:l.n] {
		fmt.Println(s)
	}
}

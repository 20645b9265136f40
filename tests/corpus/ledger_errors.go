// ledger_errors.go - a bank ledger whose failures are typed: sentinel errors
// checked with errors.Is, structured errors extracted with errors.As, and
// context added with fmt.Errorf("%w").
package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrNotFound     = errors.New("account not found")
	ErrFrozen       = errors.New("account frozen")
	ErrInvalidInput = errors.New("invalid amount")
)

type InsufficientFunds struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds: need %d, have %d", e.Account, e.Need, e.Have)
}

type TxError struct {
	Op  string
	ID  int
	Err error
}

func (e TxError) Error() string { return fmt.Sprintf("tx %d %s: %v", e.ID, e.Op, e.Err) }
func (e TxError) Unwrap() error { return e.Err }

type Account struct {
	Name    string
	Balance int64
	Frozen  bool
}

type Entry struct {
	ID       int
	From, To string
	Amount   int64
}

type Ledger struct {
	accounts map[string]*Account
	journal  []Entry
	nextID   int
}

func NewLedger(names ...string) *Ledger {
	l := &Ledger{accounts: map[string]*Account{}}
	for _, n := range names {
		l.accounts[n] = &Account{Name: n}
	}
	return l
}

func (l *Ledger) get(name string) (*Account, error) {
	a, ok := l.accounts[name]
	if !ok {
		return nil, fmt.Errorf("%q: %w", name, ErrNotFound)
	}
	if a.Frozen {
		return nil, fmt.Errorf("%q: %w", name, ErrFrozen)
	}
	return a, nil
}

func (l *Ledger) Deposit(name string, amount int64) error {
	l.nextID++
	if amount <= 0 {
		return TxError{"deposit", l.nextID, ErrInvalidInput}
	}
	a, err := l.get(name)
	if err != nil {
		return TxError{"deposit", l.nextID, err}
	}
	a.Balance += amount
	l.journal = append(l.journal, Entry{l.nextID, "", name, amount})
	return nil
}

func (l *Ledger) Transfer(from, to string, amount int64) (err error) {
	l.nextID++
	id := l.nextID
	defer func() {
		if err != nil {
			err = TxError{"transfer", id, err}
		}
	}()
	if amount <= 0 {
		return ErrInvalidInput
	}
	src, err := l.get(from)
	if err != nil {
		return err
	}
	dst, err := l.get(to)
	if err != nil {
		return err
	}
	if src.Balance < amount {
		return &InsufficientFunds{from, amount, src.Balance}
	}
	src.Balance -= amount
	dst.Balance += amount
	l.journal = append(l.journal, Entry{id, from, to, amount})
	return nil
}

func classify(err error) string {
	var insuf *InsufficientFunds
	var tx TxError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "no such account"
	case errors.Is(err, ErrFrozen):
		return "frozen"
	case errors.As(err, &insuf):
		return fmt.Sprintf("short by %d", insuf.Need-insuf.Have)
	case errors.As(err, &tx):
		return "failed " + tx.Op
	}
	return "unknown"
}

func main() {
	l := NewLedger("alice", "bob", "carol")
	l.accounts["carol"].Frozen = true
	results := []error{
		l.Deposit("alice", 100),
		l.Deposit("bob", -5),
		l.Transfer("alice", "bob", 30),
		l.Transfer("alice", "bob", 300),
		l.Transfer("alice", "dave", 1),
		l.Transfer("bob", "carol", 10),
		l.Deposit("erin", 10),
	}
	for i, err := range results {
		fmt.Printf("%d %-16s %v\n", i, classify(err), err)
	}
	names := make([]string, 0, len(l.accounts))
	for n := range l.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, l.accounts[n].Balance)
	}
	fmt.Println(len(l.journal), "journal entries")
}

// A double-entry bank ledger guarded by sync.Mutex: accounts, atomic transfers
// between two accounts (locked in a fixed order), and an audit trail.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance Cents
}

type Entry struct {
	From, To int
	Amount   Cents
	Memo     string
}

type Ledger struct {
	mu       sync.Mutex
	accounts map[int]*Account
	journal  []Entry
	nextID   int
}

var (
	ErrNoAccount    = errors.New("no such account")
	ErrInsufficient = errors.New("insufficient funds")
)

type TransferError struct {
	Entry Entry
	Err   error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d->%d of %v: %v", e.Entry.From, e.Entry.To, e.Entry.Amount, e.Err)
}

func (e *TransferError) Unwrap() error { return e.Err }

func NewLedger() *Ledger {
	return &Ledger{accounts: make(map[int]*Account), nextID: 100}
}

func (l *Ledger) Open(owner string, deposit Cents) *Account {
	l.mu.Lock()
	defer l.mu.Unlock()
	a := &Account{ID: l.nextID, Owner: owner, balance: deposit}
	l.accounts[a.ID] = a
	l.nextID++
	l.journal = append(l.journal, Entry{From: 0, To: a.ID, Amount: deposit, Memo: "opening"})
	return a
}

func (l *Ledger) account(id int) (*Account, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (l *Ledger) Transfer(from, to int, amt Cents, memo string) error {
	e := Entry{From: from, To: to, Amount: amt, Memo: memo}
	src, err := l.account(from)
	if err != nil {
		return &TransferError{Entry: e, Err: err}
	}
	dst, err := l.account(to)
	if err != nil {
		return &TransferError{Entry: e, Err: err}
	}
	first, second := src, dst
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amt {
		return &TransferError{Entry: e, Err: ErrInsufficient}
	}
	src.balance -= amt
	dst.balance += amt
	l.mu.Lock()
	l.journal = append(l.journal, e)
	l.mu.Unlock()
	return nil
}

func (a *Account) Balance() Cents {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (l *Ledger) Total() Cents {
	l.mu.Lock()
	ids := make([]int, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	l.mu.Unlock()
	sort.Ints(ids)
	var sum Cents
	for _, id := range ids {
		a, _ := l.account(id)
		sum += a.Balance()
	}
	return sum
}

func main() {
	led := NewLedger()
	alice := led.Open("alice", 100000)
	bob := led.Open("bob", 5000)
	carol := led.Open("carol", 0)

	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				led.Transfer(alice.ID, bob.ID, 1000, "rent share")
			} else {
				led.Transfer(bob.ID, carol.ID, 250, "coffee")
			}
		}(i)
	}
	wg.Wait()

	for _, a := range []*Account{alice, bob, carol} {
		fmt.Printf("%-6s %v\n", a.Owner, a.Balance())
	}
	fmt.Println("total:", led.Total(), "journal entries:", len(led.journal))

	err := led.Transfer(carol.ID, alice.ID, 1<<40, "too much")
	var te *TransferError
	fmt.Println(err, errors.As(err, &te), errors.Is(err, ErrInsufficient))
	err = led.Transfer(999, alice.ID, 1, "ghost")
	fmt.Println(errors.Is(err, ErrNoAccount))
}

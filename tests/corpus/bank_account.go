package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrSameAccount  = errors.New("cannot transfer to same account")
)

type Transaction struct {
	Kind   string
	Amount int64
	Note   string
}

type Account struct {
	mu      sync.Mutex
	ID      string
	Owner   string
	balance int64
	history []Transaction
}

func (a *Account) Deposit(amount int64, note string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.history = append(a.history, Transaction{"deposit", amount, note})
}

func (a *Account) Withdraw(amount int64, note string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.ID, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, Transaction{Kind: "withdraw", Amount: amount, Note: note})
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]*Account)}
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	acc := &Account{ID: fmt.Sprintf("ACC-%03d", b.nextID), Owner: owner}
	b.accounts[acc.ID] = acc
	if initial > 0 {
		acc.Deposit(initial, "opening")
	}
	return acc
}

func (b *Bank) Get(id string) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	acc, ok := b.accounts[id]
	if !ok {
		return nil, ErrNoAccount
	}
	return acc, nil
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	if from == to {
		return ErrSameAccount
	}
	src, err := b.Get(from)
	if err != nil {
		return err
	}
	dst, err := b.Get(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(amount, "transfer to "+to); err != nil {
		return err
	}
	dst.Deposit(amount, "transfer from "+from)
	return nil
}

func (b *Bank) Report() []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	lines := make([]string, 0, len(b.accounts))
	for id, acc := range b.accounts {
		lines = append(lines, fmt.Sprintf("%s %-6s %6d (%d tx)", id, acc.Owner, acc.Balance(), len(acc.history)))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			alice.Deposit(10, "salary")
		}()
	}
	wg.Wait()
	fmt.Println(bank.Transfer(alice.ID, bob.ID, 150))
	fmt.Println(bank.Transfer(bob.ID, alice.ID, 1000))
	fmt.Println(bank.Transfer(bob.ID, "ACC-999", 1))
	fmt.Println(errors.Is(bank.Transfer(bob.ID, alice.ID, 1000), ErrInsufficient))
	for _, l := range bank.Report() {
		fmt.Println(l)
	}
}

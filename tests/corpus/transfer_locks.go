package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int64
	history []int64
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	mu       sync.RWMutex
	failed   int
}

func NewBank(balances ...int64) *Bank {
	b := &Bank{accounts: make(map[int]*Account)}
	for i, bal := range balances {
		b.accounts[i+1] = &Account{ID: i + 1, balance: bal}
	}
	return b
}

// lockPair locks two accounts in ID order so concurrent transfers in
// opposite directions cannot deadlock.
func lockPair(a, b *Account) func() {
	first, second := a, b
	if b.ID < a.ID {
		first, second = b, a
	}
	first.mu.Lock()
	second.mu.Lock()
	return func() {
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func (b *Bank) Transfer(from, to int, amount int64) error {
	b.mu.RLock()
	src, dst := b.accounts[from], b.accounts[to]
	b.mu.RUnlock()
	if src == nil || dst == nil || src == dst {
		return fmt.Errorf("bad accounts %d -> %d", from, to)
	}
	unlock := lockPair(src, dst)
	defer unlock()
	if src.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from, ErrInsufficient)
	}
	src.balance -= amount
	dst.balance += amount
	src.history = append(src.history, -amount)
	dst.history = append(dst.history, amount)
	return nil
}

func (b *Bank) Total() (sum int64) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, a := range b.accounts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return
}

func main() {
	bank := NewBank(100, 50, 75)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := i%3+1, (i+1)%3+1
			if err := bank.Transfer(from, to, int64(5+i%4*10)); err != nil {
				mu.Lock()
				bank.failed++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	ids := make([]int, 0, 3)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Println(id, len(a.history) > 0, a.balance >= 0)
	}
	fmt.Println("total", bank.Total())
	err := bank.Transfer(1, 1, 5)
	fmt.Println(err, errors.Is(bank.Transfer(2, 3, 1e6), ErrInsufficient))
}

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	Key() string
}

// PT is *T with a Validate method: the pointer-receiver constraint idiom.
type Validator[T any] interface {
	*T
	Validate() error
}

type Repo[T Entity, PT Validator[T]] struct {
	items map[string]T
	log   []string
}

func NewRepo[T Entity, PT Validator[T]]() *Repo[T, PT] {
	return &Repo[T, PT]{items: make(map[string]T)}
}

var ErrInvalid = errors.New("invalid entity")

func (r *Repo[T, PT]) Save(v T) error {
	if err := PT(&v).Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	r.items[v.Key()] = v
	r.log = append(r.log, "save "+v.Key())
	return nil
}

func (r *Repo[T, PT]) Find(key string) (T, bool) {
	v, ok := r.items[key]
	return v, ok
}

func (r *Repo[T, PT]) All() []T {
	keys := make([]string, 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = r.items[k]
	}
	return out
}

type Product struct {
	SKU   string
	Price int
}

func (p Product) Key() string { return p.SKU }
func (p *Product) Validate() error {
	if p.Price <= 0 {
		return fmt.Errorf("price %d", p.Price)
	}
	p.SKU = strings.ToUpper(p.SKU)
	return nil
}

type Account struct {
	Email string
}

func (a Account) Key() string { return a.Email }
func (a *Account) Validate() error {
	if !strings.Contains(a.Email, "@") {
		return errors.New("no @")
	}
	return nil
}

func main() {
	products := NewRepo[Product]()
	for _, p := range []Product{{"ab-1", 5}, {"zz-9", 0}, {"cd-2", 7}} {
		if err := products.Save(p); err != nil {
			fmt.Println(err, errors.Is(err, ErrInvalid))
		}
	}
	fmt.Println(products.All(), products.log)
	p, ok := products.Find("CD-2")
	fmt.Println(p, ok)
	accounts := NewRepo[Account]()
	fmt.Println(accounts.Save(Account{"a@b.c"}), accounts.Save(Account{"nope"}))
	fmt.Println(len(accounts.All()))
}

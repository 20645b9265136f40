package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Product struct {
	SKU   string
	Name  string
	Price Money
}

type LineItem struct {
	Product  *Product
	Quantity int
}

func (l LineItem) Total() Money { return l.Product.Price * Money(l.Quantity) }

type Discount interface {
	Apply(c *Cart) Money
	Describe() string
}

type PercentOff struct{ Percent int }

func (p PercentOff) Apply(c *Cart) Money { return c.Subtotal() * Money(p.Percent) / 100 }
func (p PercentOff) Describe() string    { return fmt.Sprintf("%d%% off", p.Percent) }

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b *BuyXGetY) Apply(c *Cart) Money {
	item, ok := c.items[b.SKU]
	if !ok {
		return 0
	}
	free := item.Quantity / (b.X + b.Y) * b.Y
	return item.Product.Price * Money(free)
}

func (b *BuyXGetY) Describe() string { return fmt.Sprintf("buy %d get %d %s", b.X, b.Y, b.SKU) }

type Cart struct {
	items     map[string]*LineItem
	discounts []Discount
}

var ErrQuantity = errors.New("quantity must be positive")

func NewCart() *Cart { return &Cart{items: map[string]*LineItem{}} }

func (c *Cart) Add(p *Product, qty int) error {
	if qty <= 0 {
		return ErrQuantity
	}
	if li, ok := c.items[p.SKU]; ok {
		li.Quantity += qty
		return nil
	}
	c.items[p.SKU] = &LineItem{Product: p, Quantity: qty}
	return nil
}

func (c *Cart) Remove(sku string) { delete(c.items, sku) }

func (c *Cart) Subtotal() Money {
	var s Money
	for _, li := range c.items {
		s += li.Total()
	}
	return s
}

func (c *Cart) Total() (Money, []string) {
	total := c.Subtotal()
	var applied []string
	for _, d := range c.discounts {
		if off := d.Apply(c); off > 0 {
			total -= off
			applied = append(applied, d.Describe()+" "+(-off).String())
		}
	}
	return total, applied
}

func (c *Cart) Receipt() string {
	skus := make([]string, 0, len(c.items))
	for s := range c.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var b strings.Builder
	for _, s := range skus {
		li := c.items[s]
		fmt.Fprintf(&b, "%-8s x%d %8s\n", li.Product.Name, li.Quantity, li.Total())
	}
	total, applied := c.Total()
	for _, a := range applied {
		fmt.Fprintf(&b, "  %s\n", a)
	}
	fmt.Fprintf(&b, "TOTAL %s\n", total)
	return b.String()
}

func main() {
	apple := &Product{"A1", "apple", 50}
	bread := &Product{"B1", "bread", 325}
	c := NewCart()
	c.Add(apple, 5)
	c.Add(bread, 1)
	c.Add(apple, 1)
	fmt.Println(c.Add(bread, 0))
	c.discounts = append(c.discounts, &BuyXGetY{SKU: "A1", X: 2, Y: 1}, PercentOff{10})
	fmt.Print(c.Receipt())
}

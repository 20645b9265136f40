package main

import (
	"fmt"
	"strings"
)

// A map that remembers insertion order, keyed by any comparable type that
// can describe itself: the constraint combines comparable and fmt.Stringer,
// and String is called on keys of the type parameter.

type Key interface {
	comparable
	fmt.Stringer
}

type OrderedMap[K Key, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K Key, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

// Describe lists the entries in insertion order.
func (m *OrderedMap[K, V]) Describe() string {
	var b strings.Builder
	for i, k := range m.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.String())
		b.WriteString("=")
		fmt.Fprint(&b, m.vals[k])
	}
	return b.String()
}

// Labels returns every key's description.
func Labels[K Key](keys []K) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, k.String())
	}
	return out
}

type UserID int

func (u UserID) String() string { return fmt.Sprintf("user-%d", int(u)) }

type Color string

func (c Color) String() string { return "#" + string(c) }

func main() {
	users := NewOrderedMap[UserID, string]()
	users.Set(7, "ada")
	users.Set(3, "bob")
	users.Set(7, "ada l.")
	name, ok := users.Get(3)
	fmt.Println(users.Len(), name, ok)
	fmt.Println(users.Describe())

	colors := NewOrderedMap[Color, []int]()
	colors.Set("ff0000", []int{255, 0, 0})
	colors.Set("00ff00", []int{0, 255, 0})
	fmt.Println(colors.Describe())
	fmt.Println(strings.Join(Labels([]Color{"000", "fff"}), " "))
}

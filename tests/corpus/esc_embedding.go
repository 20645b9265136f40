package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b *Base) Tag(t string)    { b.tags = append(b.tags, t) }
func (b Base) Describe() string { return fmt.Sprintf("#%d %v", b.ID, b.tags) }

type Named interface {
	Name() string
}

type User struct {
	Base
	name string
}

func (u *User) Name() string { return u.name }

type Admin struct {
	*User
	level int
}

type Describer interface{ Describe() string }

func describeAll(ds []Describer) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Describe())
	}
	return out
}

func newAdmin(name string) *Admin {
	u := &User{Base: Base{ID: 1}, name: name}
	return &Admin{User: u, level: 9}
}

func greet(n Named) string { return "hi " + n.Name() }

func main() {
	a := newAdmin("root")
	a.Tag("super")
	u := User{name: "bob"}
	u.Tag("x")
	fmt.Println(a.Describe(), a.Name(), greet(a), greet(&u))
	fmt.Println(describeAll([]Describer{a, u, &u, a.User}))
}

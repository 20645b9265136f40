package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + ": woof" }

type Cow struct{ name string }

func (c Cow) Sound() string { return c.name + ": moo" }

var zoo []Animal

func adopt(a Animal) { zoo = append(zoo, a) }

func speak(a Animal) string { return a.Sound() }

func makeAnimal(kind string) Animal {
	if kind == "dog" {
		return &Dog{"rex"}
	}
	return Cow{"bessie"}
}

func localSpeak() string {
	d := Dog{"fido"}
	return speak(&d)
}

func storedSpeak() {
	d := Dog{"buddy"}
	adopt(&d)
}

func errorReturn(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

type wrapErr struct{ inner error }

func (w wrapErr) Error() string { return "wrap: " + w.inner.Error() }

func wrapValue(err error) error { return wrapErr{err} }

func readerOf(s string) io.Reader { return strings.NewReader(s) }

func emptyIface(vals ...int) []interface{} {
	out := make([]interface{}, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}

func main() {
	storedSpeak()
	adopt(Cow{"daisy"})
	fmt.Println(localSpeak(), makeAnimal("dog").Sound(), makeAnimal("cow").Sound(), len(zoo))
	fmt.Println(errorReturn(true), wrapValue(errors.New("x")), emptyIface(1, 2))
	b, _ := io.ReadAll(readerOf("data"))
	fmt.Println(string(b))
}

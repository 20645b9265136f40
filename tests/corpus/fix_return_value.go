package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Verbose bool
}

// Before: the constructor returns a pointer, so the Config is heap-allocated
// whenever the constructor is not inlined into a caller that keeps it local.
//
//go:noinline
func NewConfigPtr(name string) *Config {
	return &Config{Name: name, Retries: 3}
}

// After: return the value; the caller's copy lives on its stack.
//
//go:noinline
func NewConfigValue(name string) Config {
	return Config{Name: name, Retries: 3}
}

func usePtr() int {
	c := NewConfigPtr("a")
	return c.Retries
}

func useValue() int {
	c := NewConfigValue("b")
	return c.Retries
}

func main() {
	fmt.Println(usePtr(), useValue())
}

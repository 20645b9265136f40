package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrInvalid = errors.New("invalid input")

type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return "invalid " + e.Field + ": " + e.Value
}

type QueryError struct {
	Query string
	Err   error
}

func (e QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e QueryError) Unwrap() error { return e.Err }

var db = map[string]string{"alice": "30", "bob": "x"}

func lookup(name string) (string, error) {
	v, ok := db[name]
	if !ok {
		return "", QueryError{Query: name, Err: ErrNotFound}
	}
	return v, nil
}

func age(name string) (int, error) {
	v, err := lookup(name)
	if err != nil {
		return 0, fmt.Errorf("age of %s: %w", name, err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, &ValidationError{Field: "age", Value: v}
	}
	return n, nil
}

func check(n int) error {
	if n < 0 {
		return ErrInvalid
	}
	if n > 150 {
		return fmt.Errorf("check %d: %w", n, ErrInvalid)
	}
	return nil
}

func classify(err error) string {
	var ve *ValidationError
	var qe QueryError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ve):
		return "validation(" + ve.Field + ")"
	case errors.Is(err, ErrNotFound) && errors.As(err, &qe):
		return "missing(" + qe.Query + ")"
	case errors.Is(err, ErrInvalid):
		return "invalid"
	}
	return "unknown"
}

func openMissing() error {
	_, err := os.Open("/nonexistent/escapade")
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("open failed on %s", pe.Op)
	}
	return err
}

func main() {
	for _, name := range []string{"alice", "bob", "carol"} {
		n, err := age(name)
		fmt.Println(name, n, classify(err), err)
	}
	fmt.Println(classify(check(-1)), classify(check(200)), classify(check(5)))
	fmt.Println(openMissing())
}

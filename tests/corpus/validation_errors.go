// Validation of a sign-up form with an error hierarchy: sentinel errors, typed
// field errors, a multi-error that unwraps to all of them, and errors.Is/As.
package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
)

var (
	ErrRequired = errors.New("is required")
	ErrTooShort = errors.New("is too short")
	ErrInvalid  = errors.New("is invalid")
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + " " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type MultiError struct {
	Errs []error
}

func (m *MultiError) Error() string {
	msgs := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

func (m *MultiError) Is(target error) bool {
	for _, e := range m.Errs {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func (m *MultiError) As(target interface{}) bool {
	for _, e := range m.Errs {
		if errors.As(e, target) {
			return true
		}
	}
	return false
}

func (m *MultiError) add(field string, err error) {
	m.Errs = append(m.Errs, &FieldError{Field: field, Err: err})
}

func (m *MultiError) orNil() error {
	if len(m.Errs) == 0 {
		return nil
	}
	return m
}

type SignUp struct {
	Name     string
	Email    string
	Password string
	Age      int
}

type rule func(*SignUp, *MultiError)

func required(field string, get func(*SignUp) string) rule {
	return func(s *SignUp, m *MultiError) {
		if strings.TrimSpace(get(s)) == "" {
			m.add(field, ErrRequired)
		}
	}
}

func passwordStrength(s *SignUp, m *MultiError) {
	if len(s.Password) < 8 {
		m.add("password", ErrTooShort)
		return
	}
	var digit, upper bool
	for _, r := range s.Password {
		digit = digit || unicode.IsDigit(r)
		upper = upper || unicode.IsUpper(r)
	}
	if !digit || !upper {
		m.add("password", fmt.Errorf("needs a digit and an upper-case letter: %w", ErrInvalid))
	}
}

func emailFormat(s *SignUp, m *MultiError) {
	if s.Email == "" {
		return
	}
	if _, err := mail.ParseAddress(s.Email); err != nil {
		m.add("email", fmt.Errorf("%v: %w", err, ErrInvalid))
	}
}

var rules = []rule{
	required("name", func(s *SignUp) string { return s.Name }),
	required("email", func(s *SignUp) string { return s.Email }),
	passwordStrength,
	emailFormat,
	func(s *SignUp, m *MultiError) {
		if s.Age < 13 {
			m.add("age", fmt.Errorf("%d %w", s.Age, ErrInvalid))
		}
	},
}

func Validate(s *SignUp) error {
	m := &MultiError{}
	for _, r := range rules {
		r(s, m)
	}
	return m.orNil()
}

func Register(s SignUp) error {
	if err := Validate(&s); err != nil {
		return fmt.Errorf("register %q: %w", s.Name, err)
	}
	return nil
}

func main() {
	forms := []SignUp{
		{Name: "Ada", Email: "ada@example.com", Password: "Analytical1", Age: 36},
		{Name: "", Email: "not-an-email", Password: "short", Age: 30},
		{Name: "Tim", Email: "tim@example.com", Password: "alllowercase", Age: 9},
	}
	for _, f := range forms {
		err := Register(f)
		if err == nil {
			fmt.Println("ok:", f.Name)
			continue
		}
		fmt.Println("error:", err)
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
		fmt.Println("  required?", errors.Is(err, ErrRequired),
			"short?", errors.Is(err, ErrTooShort), "invalid?", errors.Is(err, ErrInvalid))
	}
}

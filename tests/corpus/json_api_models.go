package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Status string

const (
	Active   Status = "active"
	Disabled Status = "disabled"
)

func (s *Status) UnmarshalJSON(b []byte) error {
	var raw string
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	switch v := Status(strings.ToLower(raw)); v {
	case Active, Disabled:
		*s = v
		return nil
	}
	return fmt.Errorf("unknown status %q", raw)
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type User struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Status    Status            `json:"status"`
	Roles     []string          `json:"roles"`
	Address   *Address          `json:"address,omitempty"`
	Meta      map[string]string `json:"meta,omitempty"`
	CreatedAt time.Time         `json:"created_at"`
	password  string
}

type FieldError struct {
	Field, Msg string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

func (u *User) Validate() error {
	var errs ValidationErrors
	if u.Name == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if u.Email != "" && !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", "invalid"})
	}
	if len(u.Roles) == 0 {
		errs = append(errs, FieldError{"roles", "at least one"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

type Page struct {
	Users []User `json:"users"`
	Next  string `json:"next,omitempty"`
}

func decodePage(data string) (*Page, error) {
	var p Page
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("decode page: %w", err)
	}
	return &p, nil
}

func main() {
	data := `{"users":[
	 {"id":1,"name":"Ann","email":"ann@x.io","status":"ACTIVE","roles":["admin"],"address":{"city":"Oslo"},"created_at":"2024-01-02T03:04:05Z"},
	 {"id":2,"name":"","email":"bob","status":"disabled","roles":[],"created_at":"2024-02-01T00:00:00Z","meta":{"b":"2","a":"1"}}
	],"next":"page2"}`
	p, err := decodePage(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range p.Users {
		u := &p.Users[i]
		err := u.Validate()
		var ve ValidationErrors
		if errors.As(err, &ve) {
			fmt.Printf("user %d: %d problems: %v\n", u.ID, len(ve), err)
			continue
		}
		fmt.Printf("user %d ok, %s in %s since %s\n", u.ID, u.Status, u.Address.City, u.CreatedAt.Format("Jan 2006"))
	}
	keys := make([]string, 0)
	for k := range p.Users[1].Meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	out, _ := json.MarshalIndent(p.Users[0], "", "  ")
	fmt.Println(string(out))
	_, err = decodePage(`{"users":[{"id":3,"status":"gone"}]}`)
	fmt.Println(err)
	_, err = decodePage(`{"extra":1}`)
	fmt.Println(err)
}

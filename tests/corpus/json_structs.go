package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Address  *Address          `json:"address,omitempty"`
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Joined   time.Time         `json:"joined"`
	internal int
}

type Status int

const (
	Active Status = iota
	Banned
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"active", "banned"}[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "banned":
		*s = Banned
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

type Account struct {
	ID     int    `json:"id"`
	Status Status `json:"status"`
}

func roundTrip(p Person) (Person, string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return Person{}, "", err
	}
	var out Person
	err = json.Unmarshal(b, &out)
	return out, string(b), err
}

func streamDecode(s string) ([]Account, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	var out []Account
	for dec.More() {
		var a Account
		if err := dec.Decode(&a); err != nil {
			return out, err
		}
		out = append(out, a)
	}
	return out, nil
}

func pretty(v interface{}) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err.Error()
	}
	return buf.String()
}

func main() {
	p := Person{Name: "Ann", Email: "a@x", Address: &Address{"Main 1", "Oslo"}, Tags: []string{"x"},
		Joined: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), internal: 7}
	out, s, err := roundTrip(p)
	fmt.Println(s, err, out.Address.City, out.Email == "", out.internal)
	accts, err := streamDecode(`{"id":1,"status":"active"} {"id":2,"status":"banned"} {"id":3,"status":"gone"}`)
	fmt.Println(accts, err)
	fmt.Print(pretty(map[string]interface{}{"a": []int{1, 2}, "b": Account{9, Banned}}))
	var anyv interface{}
	fmt.Println(json.Unmarshal([]byte(`{"x":[1,"two",null]}`), &anyv), anyv)
}

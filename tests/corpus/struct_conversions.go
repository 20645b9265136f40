// struct_conversions.go - converting between struct types with identical
// fields (API DTOs vs domain types), named slice and map types with
// methods, conversions between func types, and byte/rune/string round trips.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type UserDTO struct {
	Name  string
	Email string
	Age   int
}

type User struct {
	Name  string
	Email string
	Age   int
}

func (u User) Valid() bool { return u.Name != "" && strings.Contains(u.Email, "@") && u.Age >= 0 }

func (u *User) Normalize() {
	u.Name = strings.TrimSpace(u.Name)
	u.Email = strings.ToLower(u.Email)
}

type Users []User

func (us Users) Len() int           { return len(us) }
func (us Users) Less(i, j int) bool { return us[i].Name < us[j].Name }
func (us Users) Swap(i, j int)      { us[i], us[j] = us[j], us[i] }

func (us Users) Emails() []string {
	out := make([]string, 0, len(us))
	for _, u := range us {
		out = append(out, u.Email)
	}
	return out
}

type Index map[string]*User

func (ix Index) Add(u *User) { ix[u.Email] = u }

type Predicate func(User) bool
type rawPredicate func(User) bool

func (p Predicate) And(q Predicate) Predicate { return func(u User) bool { return p(u) && q(u) } }

func Filter(us []User, p Predicate) Users {
	var out Users
	for _, u := range us {
		if p(u) {
			out = append(out, u)
		}
	}
	return out
}

func fromDTOs(dtos []UserDTO) []User {
	users := make([]User, len(dtos))
	for i, d := range dtos {
		users[i] = User(d) // identical underlying struct types
		users[i].Normalize()
	}
	return users
}

func main() {
	dtos := []UserDTO{{" Zoe ", "ZOE@X.IO", 31}, {"al", "AL@x.io", 17}, {"", "nobody", 5}, {"Mia", "mia@x.io", 44}}
	users := fromDTOs(dtos)
	adult := rawPredicate(func(u User) bool { return u.Age >= 18 })
	valid := Predicate(User.Valid)
	sel := Filter(users, valid.And(Predicate(adult)))
	sort.Sort(sel)
	fmt.Println(sel.Emails())
	ix := Index{}
	for i := range users {
		ix.Add(&users[i])
	}
	ix["al@x.io"].Age++
	fmt.Println(users[1].Age, len(ix))
	back := UserDTO(sel[0])
	fmt.Printf("%+v\n", back)
	s := "héllo"
	bs, rs := []byte(s), []rune(s)
	fmt.Println(len(bs), len(rs), string(rs[1]), string(bs[:2]), string(rune(65)))
}

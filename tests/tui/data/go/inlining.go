package main

type User struct {
	Name string
	Age  int
}

func NewUser(name string) *User {
	return &User{Name: name, Age: 1}
}

//go:noinline
func keep(n int) *int {
	return &n
}

func big(xs []int) int {
	s := 0
	for _, x := range xs {
		if x > 0 {
			s += x * 2
		} else if x < -10 {
			s -= x
		} else {
			s += 3
		}
		if s > 1000 {
			s = s / 2
		}
		if s < -1000 {
			s = -s / 3
		}
	}
	return s
}

func main() {
	u := NewUser("Ann")
	_ = u.Age
	p := keep(2)
	_ = *p
	_ = big([]int{1, 2, 3})
}

// unix_permissions.go - Unix file modes as bit flags: parsing "rwxr-x---" and
// octal strings, String() in ls style, umask application, and a permission
// check for owner/group/other with setuid and sticky bits.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Mode uint16

const (
	OtherExec Mode = 1 << iota
	OtherWrite
	OtherRead
	GroupExec
	GroupWrite
	GroupRead
	OwnerExec
	OwnerWrite
	OwnerRead
	Sticky
	SetGID
	SetUID
)

const permBits = OwnerRead | OwnerWrite | OwnerExec | GroupRead | GroupWrite | GroupExec | OtherRead | OtherWrite | OtherExec

var errBadMode = errors.New("bad mode")

func (m Mode) String() string {
	var b [9]byte
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<(8-i)) != 0 {
			b[i] = rwx[i]
		} else {
			b[i] = '-'
		}
	}
	if m&SetUID != 0 {
		b[2] = map[bool]byte{true: 's', false: 'S'}[m&OwnerExec != 0]
	}
	if m&SetGID != 0 {
		b[5] = map[bool]byte{true: 's', false: 'S'}[m&GroupExec != 0]
	}
	if m&Sticky != 0 {
		b[8] = map[bool]byte{true: 't', false: 'T'}[m&OtherExec != 0]
	}
	return string(b[:])
}

func ParseSymbolic(s string) (Mode, error) {
	if len(s) != 9 {
		return 0, fmt.Errorf("%q: want 9 characters: %w", s, errBadMode)
	}
	var m Mode
	for i, c := range s {
		want := "rwx"[i%3]
		switch {
		case byte(c) == want:
			m |= 1 << (8 - i)
		case c == '-':
		default:
			return 0, fmt.Errorf("%q: unexpected %q at %d: %w", s, c, i, errBadMode)
		}
	}
	return m, nil
}

func ParseOctal(s string) (Mode, error) {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "0"), 8, 16)
	if err != nil || v > 07777 {
		return 0, fmt.Errorf("%q: %w", s, errBadMode)
	}
	return Mode(v), nil
}

type User struct {
	UID    int
	Groups []int
}

type File struct {
	Name     string
	Owner    int
	Group    int
	Mode     Mode
}

func (f *File) Can(u User, want Mode) bool {
	if u.UID == 0 {
		return true
	}
	shift := 0
	switch {
	case u.UID == f.Owner:
		shift = 6
	case contains(u.Groups, f.Group):
		shift = 3
	}
	granted := (f.Mode >> shift) & 7
	return granted&want == want
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func main() {
	for _, s := range []string{"rwxr-x---", "rw-rw-rw-", "rwz------", "rwx"} {
		m, err := ParseSymbolic(s)
		fmt.Printf("%-10s -> %04o %v %v\n", s, uint16(m), m, err)
	}
	for _, s := range []string{"0755", "4755", "1777", "2644", "999"} {
		m, err := ParseOctal(s)
		fmt.Printf("%-5s -> %v %v\n", s, m, err)
	}
	umask := Mode(022)
	created := (Mode(0666) &^ umask) & permBits
	fmt.Println("new file", created)
	f := &File{"report.txt", 1000, 50, 0640}
	users := []User{{0, nil}, {1000, nil}, {1001, []int{50}}, {1002, []int{7}}}
	for _, u := range users {
		fmt.Println(u.UID, f.Can(u, 4), f.Can(u, 2), f.Can(u, 4|2))
	}
}

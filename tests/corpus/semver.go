// Semantic versions: parsing with pre-release and build metadata, precedence
// rules, range constraints (^, ~, >=, <) and picking the best matching release.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
}

var ErrSyntax = errors.New("semver: invalid syntax")

func Parse(s string) (*Version, error) {
	s = strings.TrimPrefix(s, "v")
	v := &Version{}
	if i := strings.IndexByte(s, '+'); i >= 0 {
		v.Build, s = s[i+1:], s[:i]
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		v.Pre = strings.Split(s[i+1:], ".")
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("%q: %w", s, ErrSyntax)
	}
	nums := []*int{&v.Major, &v.Minor, &v.Patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%q: %w", s, ErrSyntax)
		}
		*nums[i] = n
	}
	return v, nil
}

func MustParse(s string) *Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return -cmpInt(len(a), len(b))
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		ai, aerr := strconv.Atoi(a[i])
		bi, berr := strconv.Atoi(b[i])
		switch {
		case aerr == nil && berr == nil:
			if c := cmpInt(ai, bi); c != 0 {
				return c
			}
		case aerr == nil:
			return -1
		case berr == nil:
			return 1
		default:
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
	}
	return cmpInt(len(a), len(b))
}

func (v *Version) Compare(o *Version) int {
	if c := cmpInt(v.Major, o.Major); c != 0 {
		return c
	}
	if c := cmpInt(v.Minor, o.Minor); c != 0 {
		return c
	}
	if c := cmpInt(v.Patch, o.Patch); c != 0 {
		return c
	}
	return comparePre(v.Pre, o.Pre)
}

func (v *Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	if v.Build != "" {
		s += "+" + v.Build
	}
	return s
}

type Constraint func(*Version) bool

func ParseConstraint(c string) (Constraint, error) {
	var checks []Constraint
	for _, part := range strings.Fields(c) {
		op := strings.TrimRight(part, "0123456789.v-+abcdefghijklmnopqrstuvwxyz")
		base, err := Parse(part[len(op):])
		if err != nil {
			return nil, err
		}
		var check Constraint
		switch op {
		case "^":
			check = func(v *Version) bool { return v.Major == base.Major && v.Compare(base) >= 0 }
		case "~":
			check = func(v *Version) bool {
				return v.Major == base.Major && v.Minor == base.Minor && v.Compare(base) >= 0
			}
		case ">=":
			check = func(v *Version) bool { return v.Compare(base) >= 0 }
		case "<":
			check = func(v *Version) bool { return v.Compare(base) < 0 }
		case "", "=":
			check = func(v *Version) bool { return v.Compare(base) == 0 }
		default:
			return nil, fmt.Errorf("operator %q: %w", op, ErrSyntax)
		}
		checks = append(checks, check)
	}
	return func(v *Version) bool {
		for _, ch := range checks {
			if !ch(v) {
				return false
			}
		}
		return true
	}, nil
}

func Best(releases []*Version, c Constraint, allowPre bool) *Version {
	var best *Version
	for _, v := range releases {
		if (!allowPre && len(v.Pre) > 0) || !c(v) {
			continue
		}
		if best == nil || v.Compare(best) > 0 {
			best = v
		}
	}
	return best
}

func main() {
	raw := []string{"1.0.0", "1.2.3", "1.10.0", "1.2.10", "2.0.0-rc.1", "2.0.0-beta.2", "2.0.0", "2.1.0+build.7", "1.0.0-alpha"}
	var vs []*Version
	for _, r := range raw {
		vs = append(vs, MustParse(r))
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Compare(vs[j]) < 0 })
	fmt.Println(vs)
	for _, c := range []string{"^1.2.0", "~1.2.0", ">=1.5.0 <2.0.0", "^2.0.0", ">=3.0.0", "!1.0.0"} {
		con, err := ParseConstraint(c)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", c, err)
			continue
		}
		fmt.Printf("%-16s best: %v (with pre: %v)\n", c, Best(vs, con, false), Best(vs, con, true))
	}
	_, err := Parse("1.2")
	fmt.Println(err, errors.Is(err, ErrSyntax))
}

package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

func Luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

var ErrLength = errors.New("isbn: wrong length")

func ISBN10(s string) (bool, error) {
	var digits []int
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = append(digits, int(r-'0'))
		case r == 'X' && len(digits) == 9:
			digits = append(digits, 10)
		case r == '-':
		default:
			return false, fmt.Errorf("isbn: bad character %q", r)
		}
	}
	if len(digits) != 10 {
		return false, ErrLength
	}
	sum := 0
	for i, d := range digits {
		sum += d * (10 - i)
	}
	return sum%11 == 0, nil
}

func ISBN13(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i := 0; i < 13; i++ {
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return sum%10 == 0
}

type IPv4 [4]byte

func ParseIPv4(s string) (IPv4, error) {
	var ip IPv4
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return ip, fmt.Errorf("ip %q: need 4 parts", s)
	}
	for i, p := range parts {
		if p == "" || len(p) > 3 {
			return ip, fmt.Errorf("ip %q: bad part %q", s, p)
		}
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return ip, fmt.Errorf("ip %q: bad digit", s)
			}
			n = n*10 + int(c-'0')
		}
		if n > 255 {
			return ip, fmt.Errorf("ip %q: %d out of range", s, n)
		}
		ip[i] = byte(n)
	}
	return ip, nil
}

func (ip IPv4) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

func (ip IPv4) InSubnet(net IPv4, bits int) bool {
	a := uint32(ip[0])<<24 | uint32(ip[1])<<16 | uint32(ip[2])<<8 | uint32(ip[3])
	b := uint32(net[0])<<24 | uint32(net[1])<<16 | uint32(net[2])<<8 | uint32(net[3])
	mask := ^uint32(0) << (32 - bits)
	return a&mask == b&mask
}

func main() {
	fmt.Println(Luhn("4539 3195 0343 6467"), Luhn("8273 1232 7352 0569"), Luhn("0"))
	fmt.Println(ISBN10("3-598-21508-8"))
	fmt.Println(ISBN10("3-598-21507-X"))
	fmt.Println(ISBN10("3-598-2150"))
	fmt.Println(ISBN13("978-0-306-40615-7"))
	ip, err := ParseIPv4("192.168.1.77")
	nw, _ := ParseIPv4("192.168.0.0")
	fmt.Println(ip, err, ip.InSubnet(nw, 16), ip.InSubnet(nw, 24))
	_, err = ParseIPv4("10.0.300.1")
	fmt.Println(err)
}

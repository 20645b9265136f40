package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func Encode(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	run := 1
	for i := 1; i <= len(s); ++ {
		if i < len(s) && s[i] == s[i-1] {
			run++
			continue
		}
		if run > 1 {
			b.WriteString(strconv.Itoa(run))
		}
		b.WriteByte(s[i-1])
		run = 1
	}
	return b.String()
}

var ErrFormat = errors.New("rle: bad format")

func Decode(s string) (string, error) {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(c), n))
		n = 0
	}
	if n != 0 {
		return "", ErrFormat
	}
	return b.String(), nil
}

// EncodeBytes works on bytes: pairs of (count, byte).
func EncodeBytes(data []byte) []byte {
	var out bytes.Buffer
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out.WriteByte(byte(j - i))
		out.WriteByte(data[i])
		i = j
	}
	return out.Bytes()
}

func DecodeBytes(enc []byte) ([]byte, error) {
	if len(enc)%2 != 0 {
		return nil, ErrFormat
	}
	var out []byte
	for i := 0; i < len(enc); i += 2 {
		out = append(out, bytes.Repeat(enc[i+1:i+2], int(enc[i]))...)
	}
	return out, nil
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""} {
		e := Encode(s)
		d, err := Decode(e)
		fmt.Println(e, d == s, err)
	}
	_, err := Decode("12")
	fmt.Println(err)
	raw := []byte("aaaabbbcca")
	enc := EncodeBytes(raw)
	dec, err := DecodeBytes(enc)
	fmt.Println(len(enc), string(dec), err)
}

// base64_manual.go - a hand-written base64 codec with lookup tables
// ([64]byte encode, [256]byte decode built once), padding and URL alphabets,
// checked against encoding/base64.
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
)

type Codec struct {
	enc     [64]byte
	dec     [256]byte
	padding bool
}

const invalid = 0xff

func NewCodec(alphabet string, padding bool) *Codec {
	c := &Codec{padding: padding}
	copy(c.enc[:], alphabet)
	for i := range c.dec {
		c.dec[i] = invalid
	}
	for i := 0; i < len(alphabet); i++ {
		c.dec[alphabet[i]] = byte(i)
	}
	return c
}

var (
	Std = NewCodec("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", true)
	URL = NewCodec("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", false)
)

func (c *Codec) Encode(src []byte) string {
	out := make([]byte, 0, (len(src)+2)/3*4)
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		out = append(out, c.enc[v>>18&0x3f], c.enc[v>>12&0x3f], c.enc[v>>6&0x3f], c.enc[v&0x3f])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		v := uint(src[0]) << 16
		out = append(out, c.enc[v>>18&0x3f], c.enc[v>>12&0x3f])
		if c.padding {
			out = append(out, '=', '=')
		}
	case 2:
		v := uint(src[0])<<16 | uint(src[1])<<8
		out = append(out, c.enc[v>>18&0x3f], c.enc[v>>12&0x3f], c.enc[v>>6&0x3f])
		if c.padding {
			out = append(out, '=')
		}
	}
	return string(out)
}

var ErrCorrupt = errors.New("base64: corrupt input")

func (c *Codec) Decode(s string) ([]byte, error) {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	if len(s)%4 == 1 {
		return nil, ErrCorrupt
	}
	out := make([]byte, 0, len(s)*3/4)
	var acc uint
	bits := 0
	for i := 0; i < len(s); i++ {
		d := c.dec[s[i]]
		if d == invalid {
			return nil, fmt.Errorf("%w: byte %q at %d", ErrCorrupt, s[i], i)
		}
		acc = acc<<6 | uint(d)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
		}
	}
	return out, nil
}

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "escape\x00\xff analysis"}
	ok := true
	for _, in := range inputs {
		e := Std.Encode([]byte(in))
		u := URL.Encode([]byte(in))
		if e != base64.StdEncoding.EncodeToString([]byte(in)) || u != base64.RawURLEncoding.EncodeToString([]byte(in)) {
			ok = false
		}
		d, err := Std.Decode(e)
		if err != nil || string(d) != in {
			ok = false
		}
		fmt.Printf("%-22q %-32s %s\n", in, e, u)
	}
	fmt.Println("matches encoding/base64:", ok)
	_, err := Std.Decode("ab$d")
	fmt.Println(err, errors.Is(err, ErrCorrupt))
}

// cipher_readers.go - classical ciphers as io.Reader/io.Writer wrappers:
// ROT13 and Vigenère streaming through io.Copy, Caesar brute force scored
// by letter frequency, and XOR with hex output.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type rot13Reader struct{ r io.Reader }

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

type vigenereWriter struct {
	w       io.Writer
	key     []byte
	pos     int
	decrypt bool
}

func (v *vigenereWriter) Write(p []byte) (int, error) {
	out := make([]byte, len(p))
	for i, b := range p {
		out[i] = b
		if !unicode.IsLetter(rune(b)) || b > unicode.MaxASCII {
			continue
		}
		base := byte('a')
		if b < 'a' {
			base = 'A'
		}
		k := v.key[v.pos%len(v.key)] - 'a'
		if v.decrypt {
			k = 26 - k
		}
		out[i] = base + (b-base+k)%26
		v.pos++
	}
	return v.w.Write(out)
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

var english = "etaoinshrdlu"

func score(s string) int {
	total := 0
	for _, r := range strings.ToLower(s) {
		if i := strings.IndexRune(english, r); i >= 0 {
			total += len(english) - i
		}
	}
	return total
}

func crackCaesar(cipher string) (int, string) {
	best, bestShift := -1, 0
	for shift := 0; shift < 26; shift++ {
		if s := score(caesar(cipher, -shift)); s > best {
			best, bestShift = s, shift
		}
	}
	return bestShift, caesar(cipher, -bestShift)
}

func xorBytes(data, key []byte) []byte {
	out := make([]byte, len(data))
	for i := range data {
		out[i] = data[i] ^ key[i%len(key)]
	}
	return out
}

func main() {
	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Uryyb, Tbcure!\n")})

	var enc bytes.Buffer
	vw := &vigenereWriter{w: &enc, key: []byte("lemon")}
	io.WriteString(vw, "Attack at dawn")
	fmt.Println(enc.String())
	var dec strings.Builder
	vd := &vigenereWriter{w: &dec, key: []byte("lemon"), decrypt: true}
	io.Copy(vd, &enc)
	fmt.Println(dec.String())

	secret := caesar("meet me near the old tree at noon", 7)
	shift, plain := crackCaesar(secret)
	fmt.Println(secret, "->", shift, plain)

	x := xorBytes([]byte("escape"), []byte{0x5a, 0x17})
	fmt.Println(hex.EncodeToString(x), string(xorBytes(x, []byte{0x5a, 0x17})))
}

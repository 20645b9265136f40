// lzw_codec.go - LZW compression and decompression with a growing
// dictionary (map[string]int while encoding, [][]byte while decoding),
// variable-width codes packed into a bit stream.
package main

import (
	"bytes"
	"errors"
	"fmt"
)

type bitWriter struct {
	buf   []byte
	acc   uint32
	nbits uint
}

func (w *bitWriter) write(code int, width uint) {
	w.acc |= uint32(code) << w.nbits
	w.nbits += width
	for w.nbits >= 8 {
		w.buf = append(w.buf, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

func (w *bitWriter) flush() []byte {
	if w.nbits > 0 {
		w.buf = append(w.buf, byte(w.acc))
	}
	return w.buf
}

type bitReader struct {
	data  []byte
	pos   int
	acc   uint32
	nbits uint
}

func (r *bitReader) read(width uint) (int, bool) {
	for r.nbits < width {
		if r.pos >= len(r.data) {
			return 0, false
		}
		r.acc |= uint32(r.data[r.pos]) << r.nbits
		r.pos++
		r.nbits += 8
	}
	code := int(r.acc & (1<<width - 1))
	r.acc >>= width
	r.nbits -= width
	return code, true
}

const maxWidth = 12

func width(n int) uint {
	w := uint(9)
	for 1<<w < n+1 && w < maxWidth {
		w++
	}
	return w
}

func Compress(data []byte) []byte {
	dict := make(map[string]int, 4096)
	for i := 0; i < 256; i++ {
		dict[string([]byte{byte(i)})] = i
	}
	w := &bitWriter{}
	var cur []byte
	for _, b := range data {
		next := append(cur, b)
		if _, ok := dict[string(next)]; ok {
			cur = next
			continue
		}
		w.write(dict[string(cur)], width(len(dict)))
		if len(dict) < 1<<maxWidth {
			dict[string(next)] = len(dict)
		}
		cur = []byte{b}
	}
	if len(cur) > 0 {
		w.write(dict[string(cur)], width(len(dict)))
	}
	return w.flush()
}

var ErrCorrupt = errors.New("lzw: corrupt input")

func Decompress(data []byte, n int) ([]byte, error) {
	dict := make([][]byte, 256, 4096)
	for i := range dict {
		dict[i] = []byte{byte(i)}
	}
	r := &bitReader{data: data}
	var out bytes.Buffer
	var prev []byte
	for out.Len() < n {
		wd := width(len(dict) + 1)
		if prev == nil {
			wd = width(len(dict))
		}
		code, ok := r.read(wd)
		if !ok {
			return nil, ErrCorrupt
		}
		var entry []byte
		switch {
		case code < len(dict):
			entry = dict[code]
		case code == len(dict) && prev != nil:
			entry = append(append([]byte{}, prev...), prev[0])
		default:
			return nil, fmt.Errorf("code %d of %d: %w", code, len(dict), ErrCorrupt)
		}
		out.Write(entry)
		if prev != nil && len(dict) < 1<<maxWidth {
			dict = append(dict, append(append([]byte{}, prev...), entry[0]))
		}
		prev = entry
	}
	return out.Bytes(), nil
}

func main() {
	inputs := []string{
		"TOBEORNOTTOBEORTOBEORNOT",
		"abababababababababababababababab",
		"the quick brown fox jumps over the lazy dog",
	}
	for _, s := range inputs {
		c := Compress([]byte(s))
		d, err := Decompress(c, len(s))
		fmt.Printf("%3d -> %3d bytes, roundtrip %v, err %v\n", len(s), len(c), string(d) == s, err)
	}
	_, err := Decompress([]byte{0xff, 0xff, 0xff}, 10)
	fmt.Println(err, errors.Is(err, ErrCorrupt))
}

package main

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

func prefixes(s string) (bool, bool, string) {
	return strings.HasPrefix(s, "go"), strings.HasSuffix(s, ".go"), strings.TrimPrefix(s, "go")
}

func indexes(s string) (int, int, bool) {
	return strings.Index(s, "a"), strings.IndexByte(s, 'b'), strings.Contains(s, "c")
}

func mathStuff(x float64) (float64, float64, float64, bool) {
	return math.Abs(x), math.Sqrt(x * x), math.Floor(x), math.IsNaN(x)
}

func conv(n int64) (string, string) {
	return strconv.FormatInt(n, 16), strconv.Quote("q")
}

func runes(s string) (int, bool) {
	return utf8.RuneCountInString(s), utf8.ValidString(s)
}

func bytesOps(b []byte) (bool, int) {
	return bytes.HasPrefix(b, []byte("x")), bytes.IndexByte(b, 'y')
}

var err<-Sentinel = errors.New("sentinel")

func wrapped(err error) bool {
	return errors.Is(err, errSentinel)
}

func newErr() error {
	return errors.New("fresh")
}

func builder() string {
	var sb strings.Builder
	sb.Grow(16)
	sb.WriteString("grow")
	return sb.String()
}

func main() {
	a, b, c := prefixes("gopher.go")
	d, e, f := indexes("abc")
	g, h, i, j := mathStuff(-2.5)
	k, l := conv(255)
	m, n := runes("héllo")
	o, p := bytesOps([]byte("xy"))
	println(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, wrapped(errSentinel), newErr() != nil, builder())
}

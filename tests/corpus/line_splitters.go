// line_splitters.go - bufio.Scanner with custom split functions: CSV-ish
// comma fields, length-prefixed records, sentences, plus ScanWords and
// ScanRunes, and a larger buffer for long lines.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

var errBadPrefix = errors.New("bad length prefix")

// lengthPrefixed reads records written as "<len>:<payload>".
func lengthPrefixed(data []byte, atEOF bool) (int, []byte, error) {
	colon := bytes.IndexByte(data, ':')
	if colon < 0 {
		if atEOF && len(data) > 0 {
			return 0, nil, errBadPrefix
		}
		return 0, nil, nil
	}
	n, err := strconv.Atoi(string(data[:colon]))
	if err != nil || n < 0 {
		return 0, nil, fmt.Errorf("%w: %q", errBadPrefix, data[:colon])
	}
	if len(data) < colon+1+n {
		if atEOF {
			return 0, nil, errors.New("truncated record")
		}
		return 0, nil, nil
	}
	return colon + 1 + n, data[colon+1 : colon+1+n], nil
}

func sentences(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		i += size
		if r == '.' || r == '!' || r == '?' {
			return i, bytes.TrimSpace(data[:i]), nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return 0, nil, nil
}

func collect(input string, split bufio.SplitFunc) ([]string, error) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		if tok := sc.Text(); tok != "" {
			out = append(out, tok)
		}
	}
	return out, sc.Err()
}

func main() {
	fmt.Println(collect("a, b ,c,, d", commaSplit))
	fmt.Println(collect("5:hello3:abc0:4:Gophers", lengthPrefixed))
	fmt.Println(collect("5:hello3:ab", lengthPrefixed))
	fmt.Println(collect("x:oops", lengthPrefixed))
	fmt.Println(collect("Stack or heap? The compiler decides. Really!  trailing", sentences))
	words, _ := collect("  many   spaced\twords\nhere ", bufio.ScanWords)
	runes, _ := collect("héllo", bufio.ScanRunes)
	fmt.Println(len(words), words, len(runes))

	long := strings.Repeat("x", 100000) + "\nshort\n"
	sc := bufio.NewScanner(strings.NewReader(long))
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 0, 1024), 200000)
	n := 0
	for sc.Scan() {
		n += len(sc.Bytes())
	}
	fmt.Println(n, sc.Err())
}

// hexdump_tool.go - a hexdump -C clone writing through bufio.Writer: offset,
// 16 bytes per line in two groups, the ASCII column, '*' for repeated
// lines, plus a reverse parser that turns the dump back into bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func dump(w io.Writer, r io.Reader) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	var line, prev [16]byte
	off := 0
	starred := false
	for {
		n, err := io.ReadFull(r, line[:])
		if n == 0 {
			break
		}
		if n == 16 && off > 0 && line == prev {
			if !starred {
				bw.WriteString("*\n")
				starred = true
			}
			off += n
			continue
		}
		starred = false
		fmt.Fprintf(bw, "%08x  ", off)
		for i := 0; i < 16; i++ {
			if i < n {
				fmt.Fprintf(bw, "%02x ", line[i])
			} else {
				bw.WriteString("   ")
			}
			if i == 7 {
				bw.WriteByte(' ')
			}
		}
		bw.WriteString(" |")
		for _, b := range line[:n] {
			if b < 32 || b > 126 {
				b = '.'
			}
			bw.WriteByte(b)
		}
		bw.WriteString("|\n")
		prev = line
		off += n
		if err != nil {
			break
		}
	}
	fmt.Fprintf(bw, "%08x\n", off)
	return nil
}

// undump parses the hex columns back (ignoring '*' repeats for brevity).
func undump(s string) ([]byte, error) {
	var out []byte
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		if line == "*" || len(line) <= 10 {
			continue
		}
		if _, err := strconv.ParseUint(line[:8], 16, 64); err != nil {
			return nil, fmt.Errorf("bad offset in %q: %w", line, err)
		}
		end := strings.IndexByte(line, '|')
		if end < 0 {
			end = len(line)
		}
		for _, f := range strings.Fields(line[10:end]) {
			b, err := hex.DecodeString(f)
			if err != nil {
				return nil, err
			}
			out = append(out, b...)
		}
	}
	return out, sc.Err()
}

func main() {
	data := []byte("escape analysis decides: stack or heap?\x00\x01\x02\xff")
	data = append(data, bytes.Repeat([]byte{'A'}, 40)...)
	var sb strings.Builder
	dump(&sb, bytes.NewReader(data))
	fmt.Print(sb.String())
	back, err := undump(sb.String())
	fmt.Println(len(back), err)
	dump(os.Stdout, strings.NewReader("short"))
	fmt.Print(hex.Dump([]byte("via encoding/hex")))
}

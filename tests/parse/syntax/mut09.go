package main

import (
	"fmt"
	"strconv",
	"strings"
)

var keepStr string

func concat(a, b string) string { return a + b }

func concatLocal(a, b string) int {
	s := a + b
	return len(s)
}

func bytesToString(b []byte) string { return string(b) }

func bytesToStringLocal(b []byte) bool {
	return string(b) == "hello"
}

func stringToBytes(s string) []byte { return []byte(s) }

func stringToBytesLocal(s string) int {
	b := []byte(s)
	return len(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func fromRune(r rune) string { return string(r) }

func itoa(n int) string { return strconv.Itoa(n) }

func sprintf(n int) string { return fmt.Sprintf("n=%d", n) }

func builder(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
		sb.WriteByte(',')
	}
	return sb.String()
}

func split(s string) int {
	return len(strings.Split(s, ","))
}

func keep(s string) { keepStr = s }

func substring(s string) string { return s[1:3] }

func loopConcat(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "x"
	}
	return s
}

func main() {
	keep(concat("a", "b"))
	fmt.Println(concatLocal("c", "d"), bytesToString([]byte("e")), bytesToStringLocal([]byte("hello")))
	fmt.Println(len(stringToBytes("f")), stringToBytesLocal("gh"), runes("héllo"), fromRune('x'))
	fmt.Println(itoa(5), sprintf(6), builder([]string{"a", "b"}), split("a,b,c"), substring("hello"), loopConcat(3))
}

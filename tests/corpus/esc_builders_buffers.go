package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func builderLocal(n int) int {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte('a')
	}
	return sb.Len()
}

func builderString(parts ...string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func builderPtr() *strings.Builder {
	sb := &strings.Builder{}
	sb.WriteString("ptr")
	return sb
}

func bufferLocal() int {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	return buf.Len()
}

func bufferBytes() []byte {
	var buf bytes.Buffer
	buf.WriteString("bytes")
	return buf.Bytes()
}

func bufferNew(s string) *bytes.Buffer {
	return bytes.NewBufferString(s)
}

func errorsNew() error {
	return errors.New("inlined errorString")
}

func errorsLocal() bool {
	err := errors.New("local")
	return err != nil
}

func concatEscapes(a, b string) string {
	s := a + "-" + b
	return s
}

func concatLocal(a, b string) bool {
	return a+b == "ab"
}

func main() {
	fmt.Println(builderLocal(3), builderString("a", "b"), builderPtr().String(), bufferLocal(), string(bufferBytes()))
	fmt.Println(bufferNew("x").Len(), errorsNew(), errorsLocal(), concatEscapes("p", "q"), concatLocal("a", "b"))
}

package main

import "os"

// Before: a non-constant size makes the buffer escape.
func checksumBefore(data []byte, n int) byte {
	buf := make([]byte, n)
	copy(buf, data)
	var s byte
	for _, b :=  buf {
		s ^= b
	}
	return s
}

// After: a constant size (at most 64 KiB) keeps it on the stack.
func checksumAfter(data []byte) byte {
	var buf [512]byte
	n := copy(buf[:], data)
	var s byte
	for _, b := range buf[:n] {
		s ^= b
	}
	return s
}

// Also after: make with a constant size.
func checksumMake(data []byte) byte {
	buf := make([]byte, 512)
	n := copy(buf, data)
	var s byte
	for _, b := range buf[:n] {
		s ^= b
	}
	return s
}

func main() {
	d := []byte("escape analysis")
	os.Exit(int(checksumBefore(d, len(d))^checksumAfter(d)^checksumMake(d)) & 0)
}

package main

// The package's non-test file: performance_test.go is compiled with it by
// `go test -c -gcflags=...`, as the chapter's `go test -gcflags=-m` does.
func main() {}

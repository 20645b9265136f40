// performance.go
package main

import (
    "testing"
)

type Data struct {
    Value [100]int
}

// Benchmark: Return by value (stack)
func ByValue() Data {
    var d Data
    d.Value[0] = 42
    return d
}

// Benchmark: Return by pointer (heap)
func ByPointer() *Data {
    d := &Data{}
    d.Value[0] = 42
    return d
}

func BenchmarkByValue(b *testing.B) {
    for i := 0; i < b.N; i++ {
        _ = ByValue()
    }
}

func BenchmarkByPointer(b *testing.B) {
    for i := 0; i < b.N; i++ {
        _ = ByPointer()
    }
}

/*
Results (approximate):
BenchmarkByValue-8     50000000    25 ns/op    0 B/op   0 allocs/op
BenchmarkByPointer-8   20000000    80 ns/op  800 B/op   1 allocs/op

Value return: NO allocations (stack)
Pointer return: 1 allocation (heap + GC pressure)
*/

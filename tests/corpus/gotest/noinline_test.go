package main

import "testing"

// The chapter's performance.go with inlining turned off for the two
// constructors: now ByPointerNI's &DataNI{} escapes in the benchmark too,
// and the benchmark reports 1 allocation per operation.

type DataNI struct {
	Value [100]int
}

//go:noinline
func ByValueNI() DataNI {
	var d DataNI
	d.Value[0] = 42
	return d
}

//go:noinline
func ByPointerNI() *DataNI {
	d := &DataNI{}
	d.Value[0] = 42
	return d
}

func BenchmarkByValueNI(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ByValueNI()
	}
}

func BenchmarkByPointerNI(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ByPointerNI()
	}
}

func TestByPointerNI(t *testing.T) {
	if p := ByPointerNI(); p.Value[0] != 42 {
		t.Fatalf("got %d", p.Value[0])
	}
	allocs := testing.AllocsPerRun(10, func() { _ = ByPointerNI() })
	t.Logf("allocs per run: %v", allocs)
}

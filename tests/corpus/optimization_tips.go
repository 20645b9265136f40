// optimization_tips.go
package main

// TIP 1: Prefer value receivers for small structs
type Point struct {
    X, Y float64
}

func (p Point) Distance() float64 {  // Value receiver - no escape
    return p.X*p.X + p.Y*p.Y
}

// TIP 2: Pre-allocate slices with known size
func GoodSlice(n int) []int {
    result := make([]int, 0, n)  // Pre-allocate capacity
    for i := 0; i < n; i++ {
        result = append(result, i)
    }
    return result
}

// TIP 3: Use arrays instead of slices for fixed small sizes
func UseArray() [10]int {
    var arr [10]int  // Stack allocated
    return arr
}

// TIP 4: Avoid interface{} when possible
func ProcessInt(x int) int {     // Good - concrete type
    return x * 2
}

func ProcessAny(x interface{}) interface{} {  // Bad - forces heap
    return x
}

// TIP 5: Reuse buffers with sync.Pool
// (Covered in chapter 32)

// TIP 6: Pass large structs by pointer to AVOID copying
// (But they'll be on heap anyway if passed around)
type LargeStruct struct {
    Data [10000]byte
}

func ProcessLarge(s *LargeStruct) {  // Pointer avoids copy
    _ = s.Data[0]
}

func main() {}

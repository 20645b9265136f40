// escape_analysis.go
package main

import "fmt"

// Escape analysis determines WHERE variables are allocated
// The compiler analyzes if a variable "escapes" the function

// Example 1: Does NOT escape (stays on stack)
func createLocal() int {
    x := 42  // Allocated on stack
    return x // Value is copied, x can be cleaned up
}

// Example 2: ESCAPES to heap
func createPointer() *int {
    x := 42   // Must be on heap!
    return &x // Pointer returned - x outlives function
}

// Example 3: Might escape (depends on usage)
func process(data []byte) {
    // data might be on stack or heap
    // depends on where it came from
    _ = data
}

func main() {
    fmt.Println("╔══════════════════════════════════════════════════════════╗")
    fmt.Println("║           Escape Analysis                                 ║")
    fmt.Println("╚══════════════════════════════════════════════════════════╝")
    
    // Stack allocation
    val := createLocal()
    fmt.Printf("   Value (stack): %d\n", val)
    
    // Heap allocation
    ptr := createPointer()
    fmt.Printf("   Pointer (heap): %d\n", *ptr)
}

// escape_check.go
package main

type User struct {
    Name string
    Age  int
}

// Does NOT escape - returned by value
func NewUserValue() User {
    return User{Name: "Alice", Age: 30}
}

// ESCAPES - pointer returned
func NewUserPointer() *User {
    return &User{Name: "Bob", Age: 25}  // &User escapes to heap
}

// ESCAPES - stored in interface
func AsInterface() interface{} {
    x := 42
    return x  // x escapes (interface boxing)
}

// ESCAPES - closure captures variable
func Closure() func() int {
    x := 42
    return func() int {
        return x  // x escapes (captured by closure)
    }
}

// ESCAPES - slice too large for stack
func LargeSlice() []byte {
    return make([]byte, 1024*1024)  // 1MB - too large for stack
}

// Does NOT escape - small slice
func SmallSlice() [64]byte {
    var arr [64]byte  // Array on stack (fixed size, small)
    return arr
}

func main() {
    _ = NewUserValue()
    _ = NewUserPointer()
    _ = AsInterface()
    _ = Closure()
    _ = LargeSlice()
    _ = SmallSlice()
}

/*
Run: go build -gcflags="-m" escape_check.go

Output:
./escape_check.go:14:9: &User{...} escapes to heap
./escape_check.go:19:2: x escapes to heap
./escape_check.go:24:2: x escapes to heap
./escape_check.go:25:9: func literal escapes to heap
./escape_check.go:31:13: make([]byte, 1048576) escapes to heap
*/

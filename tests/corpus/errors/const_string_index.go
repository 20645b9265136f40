package main

// Indexing a constant string gives a byte value, never a constant
// (spec: Index expressions), so it cannot initialise a constant.
const alphabet = "0123456789abcdef"

const first = alphabet[0]

func main() {
	println(first, string(alphabet[1]))
}

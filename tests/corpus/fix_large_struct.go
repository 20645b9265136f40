package main

// TIP 6 of the chapter: passing a large struct by pointer avoids the copy,
// and the pointer does not make it escape when the callee does not keep it.
type LargeStruct struct {
	Data [10000]byte
}

func sumByValue(s LargeStruct) int {
	t := 0
	for _, b := range s.Data[:16] {
		t += int(b)
	}
	return t
}

func sumByPointer(s *LargeStruct) int {
	t := 0
	for _, b := range s.Data[:16] {
		t += int(b)
	}
	return t
}

var kept *LargeStruct

func keep(s *LargeStruct) { kept = s }

func local() int {
	var s LargeStruct
	s.Data[0] = 1
	return sumByValue(s) + sumByPointer(&s)
}

func escaping() int {
	var s LargeStruct
	s.Data[1] = 2
	keep(&s)
	return sumByPointer(&s)
}

func newLarge() *LargeStruct { return new(LargeStruct) }

func main() {
	println(local(), escaping(), newLarge().Data[0])
}

package main

import "fmt"

var counts = map[string]int{"go": 1}

func mapIndexBytes(b []byte) int {
	return counts[string(b)]
}

func compareBytes(a []byte, s string) bool {
	return string(a) == s
}

func concatBytes(a, b []byte) string {
	return string(a) + string(b)
}

func rangeBytes(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n += int(c)
	}
	return n
}

func switchOnString(b []byte) int {
	switch string(b) {
	case "one":
		return 1
	case "two":
		return 2
	}
	return 0
}

func runeConv(rs []rune) string { return string(rs) }

func intToString(i int) string { return fmt.Sprint(i) }

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type myInts []int

func sumMine(m myInts) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func convertSlice(xs []int) int { return sumMine(myInts(xs)) }

func byteToString(c byte) string { return string(rune(c)) }

func main() {
	fmt.Println(mapIndexBytes([]byte("go")), compareBytes([]byte("x"), "x"), concatBytes([]byte("a"), []byte("b")))
	fmt.Println(rangeBytes("abc"), switchOnString([]byte("two")), runeConv([]rune{'h', 'i'}), intToString(5))
	fmt.Println(CToF(100), convertSlice([]int{1, 2}), byteToString('z'))
}

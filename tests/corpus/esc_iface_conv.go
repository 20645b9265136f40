package main

import "fmt"

type shape interface{ area() float64 }

type sq struct{ side float64 }

func (s sq) area() float64 { return s.side * s.side }

var sinkAny interface{}

func smallInts() {
	var a interface{} = 5
	var b interface{} = 255
	var c interface{} = 256
	sinkAny = a
	sinkAny = b
	sinkAny = c
}

func variables(n int, b byte, f float64, s string, ok bool) {
	sinkAny = n
	sinkAny = b
	sinkAny = f
	sinkAny = s
	sinkAny = ok
}

func zeroSized() {
	sinkAny = struct{}{}
	var arr [0]int
	sinkAny = arr
}

func constants() {
	sinkAny = "const string"
	sinkAny = 3.5
	sinkAny = true
	sinkAny = 1000000
}

func localIface(x int) string {
	var i interface{} = x
	switch v := i.(type) {
	case int:
		return "int"
	case string:
		return v
	}
	return "?"
}

func toShape(s sq) shape { return s }

func shapeLocal(side float64) float64 {
	var s shape = sq{side}
	return s.area()
}

func printArgs(n int, s string) {
	fmt.Println(n, s, 42, "lit", nil)
	fmt.Printf("%v %q\n", n, s)
}

func errorValue(code int) error {
	return fmt.Errorf("code %d", code)
}

func main() {
	smallInts()
	variables(1, 2, 3.0, "s", true)
	zeroSized()
	constants()
	fmt.Println(localIface(3), toShape(sq{2}).area(), shapeLocal(3))
	printArgs(1, "a")
	fmt.Println(errorValue(7))
}

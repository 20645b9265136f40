package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

// Before: an interface{} parameter that is stored makes every argument escape.
var history []interface{}

func recordAny(v interface{}) { history = append(history, v) }

// After: a concrete type and a concrete slice: the values are copied.
var temps []Celsius

func recordTemp(c Celsius) { temps = append(temps, c) }

// Before: fmt.Sprint boxes its argument.
func labelAny(c Celsius) string { return fmt.Sprint(float64(c)) + "C" }

// After: strconv formats without an interface conversion.
func labelConcrete(c Celsius) string {
	return strconv.FormatFloat(float64(c), 'g', -1, 64) + "C"
}

func main() {
	for _, c := range []Celsius{20.5, 21, 19.5} {
		recordAny(c)
		recordTemp(c)
	}
	println(len(history), len(temps), labelAny(temps[0]), labelConcrete(temps[1]))
}

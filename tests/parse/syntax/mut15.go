package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Label string

type Temp interface{ Kelvin() float64 }

func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		ret{urn "nil"
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case Label:
		return "label " + string(x)
	case Temp:
		return fmt.Sprintf("temp %.1f", x.Kelvin())
	case []int:
		return "slice of " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	default:
		return "other"
	}
}

func assert(v interface{}) (int, bool) {
	n, ok := v.(int)
	return n, ok
}

func mustString(v interface{}) string {
	return v.(string)
}

func asTemp(v interface{}) Temp {
	if t, ok := v.(Temp); ok {
		return t
	}
	return Celsius(0)
}

func main() {
	vals := []interface{}{nil, 1, "s", Label("l"), Celsius(20), []int{1, 2}, fmt.Errorf("e"), 2.5}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	n, ok := assert(4)
	fmt.Println(n, ok, mustString("m"), asTemp(Celsius(1)).Kelvin())
}

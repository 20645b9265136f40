// type_switch_printer.go - a value pretty-printer for decoded data
// (map[string]any, []any, numbers, nested structs via Stringer), written
// with type switches, including multi-type cases and nil.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

type Celsius float64

func render(sb *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int, int8, int16, int32, int64:
		fmt.Fprintf(sb, "%d", x)
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case Celsius:
		fmt.Fprintf(sb, "%.1f°C", float64(x))
	case string:
		sb.WriteString(strconv.Quote(x))
	case fmt.Stringer:
		sb.WriteString(x.String())
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(sb, "%s  %s: ", pad, k)
			render(sb, x[k], indent+1)
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	case error:
		sb.WriteString("error(" + x.Error() + ")")
	default:
		fmt.Fprintf(sb, "<%T>", x)
	}
}

func kind(v any) string {
	switch v.(type) {
	case int, float64, Celsius:
		return "number"
	case string:
		return "text"
	case []any, map[string]any:
		return "container"
	}
	return "other"
}

func main() {
	doc := map[string]any{
		"name":    "sensor-7",
		"active":  true,
		"reading": Celsius(21.5),
		"color":   Color{255, 128, 0},
		"tags":    []any{"lab", 3, 2.5, nil},
		"nested":  map[string]any{"depth": int64(2), "empty": []any{}},
		"err":     fmt.Errorf("calibration overdue"),
		"raw":     []byte("xy"),
	}
	var sb strings.Builder
	render(&sb, doc, 0)
	fmt.Println(sb.String())
	for _, v := range []any{1, "a", Celsius(3), []any{}, 'x'} {
		fmt.Print(kind(v), " ")
	}
	fmt.Println()
}

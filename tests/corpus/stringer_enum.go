// stringer_enum.go - enums the way Go code writes them: iota constants with a
// String method over an index table, parsing back from text through a map
// built in init, bit-set enums, and enums used as map keys and in switches.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Level int8

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	Fatal
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR", "FATAL"}

func (l Level) String() string {
	if l < Debug || l > Fatal {
		return fmt.Sprintf("Level(%d)", int8(l))
	}
	return levelNames[l+1]
}

var levelByName map[string]Level

func init() {
	levelByName = make(map[string]Level, len(levelNames))
	for i, n := range levelNames {
		levelByName[n] = Level(i) + Debug
	}
}

var ErrUnknownLevel = errors.New("unknown level")

func ParseLevel(s string) (Level, error) {
	if l, ok := levelByName[strings.ToUpper(strings.TrimSpace(s))]; ok {
		return l, nil
	}
	return 0, fmt.Errorf("%w %q", ErrUnknownLevel, s)
}

func (l *Level) Set(s string) error {
	v, err := ParseLevel(s)
	if err != nil {
		return err
	}
	*l = v
	return nil
}

type Weekday uint8

const (
	Mon Weekday = 1 << iota
	Tue
	Wed
	Thu
	Fri
	Sat
	Sun
	Weekend  = Sat | Sun
	Workdays = Mon | Tue | Wed | Thu | Fri
)

func (d Weekday) String() string {
	if d == 0 {
		return "none"
	}
	var parts []string
	for i, n := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		if d&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

func severity(l Level) string {
	switch l {
	case Debug, Info:
		return "low"
	case Warn:
		return "medium"
	case Error, Fatal:
		return "high"
	default:
		return "?"
	}
}

func main() {
	counts := map[Level]int{}
	for _, s := range strings.Split("info,warn, error,INFO,trace,fatal,debug,warn", ",") {
		l, err := ParseLevel(s)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrUnknownLevel))
			continue
		}
		counts[l]++
	}
	levels := make([]Level, 0, len(counts))
	for l := range counts {
		levels = append(levels, l)
	}
	sort.Slice(levels, func(i, j int) bool { return levels[i] < levels[j] })
	for _, l := range levels {
		fmt.Printf("%-5v %d %s\n", l, counts[l], severity(l))
	}
	var min Level
	fmt.Println(min.Set("warn"), min, Level(9), Level(-3))
	meeting := Mon | Wed | Fri
	fmt.Println(meeting, Weekend, meeting&Weekend, Workdays&^meeting)
}

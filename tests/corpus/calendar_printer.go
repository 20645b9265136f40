// calendar_printer.go - a cal(1)-style month printer: weeks starting on
// Monday or Sunday, highlighted dates, three months side by side, and ISO
// week numbers, all with time.Date arithmetic and fixed-width formatting.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Options struct {
	MondayFirst bool
	WeekNumbers bool
	Highlight   map[time.Time]bool
}

func monthLines(year int, month time.Month, o Options) []string {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	title := fmt.Sprintf("%s %d", month, year)
	width := 20
	if o.WeekNumbers {
		width += 3
	}
	pad := (width - len(title)) / 2
	lines := []string{strings.Repeat(" ", pad) + title + strings.Repeat(" ", width-pad-len(title))}
	head := "Su Mo Tu We Th Fr Sa"
	if o.MondayFirst {
		head = "Mo Tu We Th Fr Sa Su"
	}
	if o.WeekNumbers {
		head = "   " + head
	}
	lines = append(lines, head)
	offset := int(first.Weekday())
	if o.MondayFirst {
		offset = (offset + 6) % 7
	}
	var sb strings.Builder
	day := first
	col := 0
	startWeek := func(d time.Time) {
		if o.WeekNumbers {
			_, w := d.ISOWeek()
			fmt.Fprintf(&sb, "%2d ", w)
		}
	}
	startWeek(day)
	sb.WriteString(strings.Repeat("   ", offset))
	col = offset
	for day.Month() == month {
		mark := " "
		if o.Highlight[day] {
			mark = "*"
		}
		fmt.Fprintf(&sb, "%2d%s", day.Day(), mark)
		col++
		day = day.AddDate(0, 0, 1)
		if col == 7 {
			lines = append(lines, strings.TrimRight(sb.String(), " "))
			sb.Reset()
			col = 0
			if day.Month() == month {
				startWeek(day)
			}
		}
	}
	if sb.Len() > 0 {
		lines = append(lines, strings.TrimRight(sb.String(), " "))
	}
	return lines
}

func sideBySide(blocks [][]string, width int) string {
	rows := 0
	for _, b := range blocks {
		if len(b) > rows {
			rows = len(b)
		}
	}
	var sb strings.Builder
	for r := 0; r < rows; r++ {
		for i, b := range blocks {
			cell := ""
			if r < len(b) {
				cell = b[r]
			}
			if i < len(blocks)-1 {
				fmt.Fprintf(&sb, "%-*s  ", width, cell)
			} else {
				sb.WriteString(cell)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	hl := map[time.Time]bool{
		time.Date(2024, 2, 14, 0, 0, 0, 0, time.UTC): true,
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC): true,
	}
	for _, l := range monthLines(2024, time.February, Options{Highlight: hl}) {
		fmt.Println(l)
	}
	fmt.Println()
	var blocks [][]string
	for m := time.January; m <= time.March; m++ {
		blocks = append(blocks, monthLines(2024, m, Options{MondayFirst: true, WeekNumbers: true}))
	}
	fmt.Print(sideBySide(blocks, 23))
}

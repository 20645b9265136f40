package main

import (
	"fmt"
	"strings"
	"time"
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func Calendar(y int, m time.Month) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d\nMo Tu We Th Fr Sa Su\n", m, y)
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	offset := (int(first.Weekday()) + 6) % 7
	b.WriteString(strings.Repeat("   ", offset))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&b, "%2d", d)
		if (offset+d)%7 == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ") + "\n"
}

func BusinessDays(from, to time.Time) int {
	n := 0
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func Age(birth, now time.Time) int {
	years := now.Year() - birth.Year()
	if now.YearDay() < birth.YearDay() {
		years--
	}
	return years
}

func Humanize(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d seconds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d minutes", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	}
	return fmt.Sprintf("%d days", int(d.Hours()/24))
}

func main() {
	fmt.Print(Calendar(2023, time.February))
	fmt.Println(isLeap(2000), isLeap(1900), isLeap(2024), daysIn(2024, time.February))
	a := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	fmt.Println(BusinessDays(a, b), Age(time.Date(1990, 7, 15, 0, 0, 0, 0, time.UTC), a))
	for _, d := range []time.Duration{42 * time.Second, 90 * time.Minute, 30 * time.Hour, 200 * time.Hour} {
		fmt.Print(Humanize(d), "; ")
	}
	fmt.Println()
	t, err := time.Parse("2006-01-02 15:04", "2023-03-14 15:09")
	fmt.Println(t.Format(time.RFC1123), err, t.Add(36*time.Hour).Format("Mon Jan 2"))
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err != nil)
}

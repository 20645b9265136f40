package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s.Scores {
		sum += v
	}
	return sum / float64(len(s.Scores))
}

func Letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

type Stats struct {
	Mean, Median, StdDev, Min, Max float64
}

func Compute(vals []float64) Stats {
	sorted := append([]float64(nil), vals...)
	sort.Float64s(sorted)
	var s Stats
	n := float64(len(sorted))
	for _, v := range sorted {
		s.Mean += v
	}
	s.Mean /= n
	if len(sorted)%2 == 1 {
		s.Median = sorted[len(sorted)/2]
	} else {
		s.Median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	for _, v := range sorted {
		s.StdDev += (v - s.Mean) * (v - s.Mean)
	}
	s.StdDev = math.Sqrt(s.StdDev / n)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	return s
}

func Histogram(students []Student) map[string]int {
	h := map[string]int{}
	for _, s := range students {
		h[Letter(s.Average())]++
	}
	return h
}

func Ranking(students []Student) []string {
	ranked := make([]Student, len(students))
	copy(ranked, students)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].Average() > ranked[j].Average() })
	out := make([]string, len(ranked))
	for i, s := range ranked {
		out[i] = fmt.Sprintf("%d. %-6s %5.1f %s", i+1, s.Name, s.Average(), Letter(s.Average()))
	}
	return out
}

func main() {
	class := []Student{
		{"ann", []float64{95, 88, 92}},
		{"bob", []float64{72, 65, 80}},
		{"cy", []float64{55, 61, 58}},
		{"dee", []float64{88, 91, 79}},
		{"eve", nil},
	}
	fmt.Println(strings.Join(Ranking(class), "\n"))
	var avgs []float64
	for _, s := range class {
		avgs = append(avgs, s.Average())
	}
	st := Compute(avgs)
	fmt.Printf("%.2f %.2f %.2f %.0f %.0f\n", st.Mean, st.Median, st.StdDev, st.Min, st.Max)
	h := Histogram(class)
	for _, l := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s %s\n", l, strings.Repeat("*", h[l]))
	}
}

package main

import (
	"fmt"
	"strings"
)

type solver struct {
	n         int
	cols      []bool
	diag1     []bool
	diag2     []bool
	placement []int
	solutions [][]int
}

func newSolver(n int) *solver {
	return &solver{
		n:         n,
		cols:      make([]bool, n),
		diag1:     make([]bool, 2*n),
		diag2:     make([]bool, 2*n),
		placement: make([]int, n),
	}
}

func (s *solver) place(row int) {
	if row == s.n {
		sol := make([]int, s.n)
		copy(sol, s.placement)
		s.solutions = append(s.solutions, sol)
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.placement[row] = c
		s.place(row + 1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func render(sol []int) string {
	var b strings.Builder
	for _, c := range sol {
		b.WriteString(strings.Repeat(". ", c))
		b.WriteString("Q ")
		b.WriteString(strings.Repeat(". ", len(sol)-c-1))
		b.WriteByte('\n')
	}
	return b.String()
}

// countOnly uses bitmasks and no allocation at all.
func countOnly(n int, row int, cols, d1, d2 uint32) int {
	if row == n {
		return 1
	}
	count := 0
	avail := ^(cols | d1 | d2) & (1<<uint(n) - 1)
	for avail != 0 {
		bit := avail & -avail
		avail ^= bit
		count += countOnly(n, row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
	}
	return count
}

func main() {
	s := newSolver(6)
	s.place(0)
	fmt.Println(len(s.solutions))
	fmt.Print(render(s.solutions[0]))
	for n := 4; n <= 9; n++ {
		fmt.Print(countOnly(n, 0, 0, 0, 0), " ")
	}
	fmt.Println()
}

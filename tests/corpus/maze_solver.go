package main

import (
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

type Maze struct {
	grid  [][]byte
	start Pos
	end   Pos
}

func ParseMaze(s string) *Maze {
	m := &Maze{}
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				m.start = Pos{r, c}
			case 'E':
				m.end = Pos{r, c}
			}
		}
		m.grid = append(m.grid, row)
	}
	return m
}

func (m *Maze) open(p Pos) bool {
	return p.R >= 0 && p.R < len(m.grid) && p.C >= 0 && p.C < len(m.grid[p.R]) && m.grid[p.R][p.C] != '#'
}

var dirs = [4]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func (m *Maze) Solve() ([]Pos, bool) {
	prev := map[Pos]Pos{}
	seen := map[Pos]bool{m.start: true}
	queue := []Pos{m.start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == m.end {
			var path []Pos
			for at := p; at != m.start; at = prev[at] {
				path = append(path, at)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := Pos{p.R + d.R, p.C + d.C}
			if m.open(n) && !seen[n] {
				seen[n] = true
				prev[n] = p
				queue = append(queue, n)
			}
		}
	}
	return nil, false
}

func (m *Maze) Render(path []Pos) string {
	out := make([][]byte, len(m.grid))
	for i, row := range m.grid {
		out[i] = append([]byte(nil), row...)
	}
	for _, p := range path {
		if out[p.R][p.C] == '.' {
			out[p.R][p.C] = '*'
		}
	}
	var b strings.Builder
	for _, row := range out {
		b.Write(row)
		b.WriteByte('\n')
	}
	return b.String()
}

const maze = `
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
##########`

func main() {
	m := ParseMaze(maze)
	path, ok := m.Solve()
	fmt.Println(ok, len(path))
	fmt.Print(m.Render(path))
	m.grid[5][6] = '#'
	m.grid[1][6] = '#'
	_, ok = m.Solve()
	fmt.Println(ok)
}

// grid_path.go - A* search on a small grid stored in a fixed-size array,
// with pointers into the array, a hand-rolled open list and path rebuild.
package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 6

type Cell struct {
	X, Y   int
	Wall   bool
	G, F   int
	Parent *Cell
	open   bool
	closed bool
}

type Grid struct {
	cells [H][W]Cell
}

func Parse(rows []string) *Grid {
	g := new(Grid)
	for y, row := range rows {
		for x, ch := range row {
			c := &g.cells[y][x]
			c.X, c.Y, c.Wall = x, y, ch == '#'
		}
	}
	return g
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (g *Grid) neighbours(c *Cell, buf []*Cell) []*Cell {
	buf = buf[:0]
	for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
		x, y := c.X+d[0], c.Y+d[1]
		if x < 0 || y < 0 || x >= W || y >= H || g.cells[y][x].Wall {
			continue
		}
		buf = append(buf, &g.cells[y][x])
	}
	return buf
}

func (g *Grid) Path(sx, sy, tx, ty int) []*Cell {
	start, goal := &g.cells[sy][sx], &g.cells[ty][tx]
	open := []*Cell{start}
	start.open = true
	var nb [4]*Cell
	for len(open) > 0 {
		bi := 0
		for i, c := range open {
			if c.F < open[bi].F {
				bi = i
			}
		}
		cur := open[bi]
		open = append(open[:bi], open[bi+1:]...)
		if cur == goal {
			var path []*Cell
			for c := cur; c != nil; c = c.Parent {
				path = append(path, c)
			}
			return path
		}
		cur.closed = true
		for _, n := range g.neighbours(cur, nb[:]) {
			if n.closed {
				continue
			}
			if g2 := cur.G + 1; !n.open || g2 < n.G {
				n.G, n.Parent = g2, cur
				n.F = g2 + abs(n.X-tx) + abs(n.Y-ty)
				if !n.open {
					n.open = true
					open = append(open, n)
				}
			}
		}
	}
	return nil
}

func main() {
	g := Parse([]string{
		"............",
		".####.#####.",
		"....#.....#.",
		"###.#.###.#.",
		"....#...#...",
		".######.#.#.",
	})
	path := g.Path(0, 0, 11, 5)
	var out [H][]byte
	for y := range out {
		out[y] = []byte(strings.Repeat(".", W))
		for x := 0; x < W; x++ {
			if g.cells[y][x].Wall {
				out[y][x] = '#'
			}
		}
	}
	for _, c := range path {
		out[c.Y][c.X] = '*'
	}
	for _, row := range out {
		fmt.Println(string(row))
	}
	fmt.Println(len(path), "steps")
}

// astar_grid.go - A* path finding on a character grid with container/heap,
// Manhattan distance, weighted terrain and path reconstruction.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Pos struct{ X, Y int }

type item struct {
	pos   Pos
	f, g  int
	index int
}

type openSet []*item

func (o openSet) Len() int            { return len(o) }
func (o openSet) Less(i, j int) bool  { return o[i].f < o[j].f || o[i].f == o[j].f && o[i].g > o[j].g }
func (o openSet) Swap(i, j int)       { o[i], o[j] = o[j], o[i]; o[i].index = i; o[j].index = j }
func (o *openSet) Push(x interface{}) { it := x.(*item); it.index = len(*o); *o = append(*o, it) }
func (o *openSet) Pop() interface{} {
	old := *o
	it := old[len(old)-1]
	*o = old[:len(old)-1]
	return it
}

type Grid struct {
	cells []string
	w, h  int
}

func ParseGrid(s string) (*Grid, Pos, Pos) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{cells: lines, w: len(lines[0]), h: len(lines)}
	var start, goal Pos
	for y, line := range lines {
		if x := strings.IndexByte(line, 'S'); x >= 0 {
			start = Pos{x, y}
		}
		if x := strings.IndexByte(line, 'G'); x >= 0 {
			goal = Pos{x, y}
		}
	}
	return g, start, goal
}

func (g *Grid) cost(p Pos) int {
	switch g.cells[p.Y][p.X] {
	case '#':
		return -1
	case '~':
		return 5 // swamp
	}
	return 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func manhattan(a, b Pos) int { return abs(a.X-b.X) + abs(a.Y-b.Y) }

func (g *Grid) AStar(start, goal Pos) ([]Pos, int, bool) {
	open := &openSet{}
	heap.Push(open, &item{pos: start, f: manhattan(start, goal)})
	best := map[Pos]int{start: 0}
	from := map[Pos]Pos{}
	dirs := [4]Pos{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for open.Len() > 0 {
		cur := heap.Pop(open).(*item)
		if cur.pos == goal {
			path := []Pos{goal}
			for p := goal; p != start; {
				p = from[p]
				path = append(path, p)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, cur.g, true
		}
		if cur.g > best[cur.pos] {
			continue
		}
		for _, d := range dirs {
			n := Pos{cur.pos.X + d.X, cur.pos.Y + d.Y}
			if n.X < 0 || n.Y < 0 || n.X >= g.w || n.Y >= g.h {
				continue
			}
			c := g.cost(n)
			if c < 0 {
				continue
			}
			ng := cur.g + c
			if old, ok := best[n]; ok && old <= ng {
				continue
			}
			best[n] = ng
			from[n] = cur.pos
			heap.Push(open, &item{pos: n, g: ng, f: ng + manhattan(n, goal)})
		}
	}
	return nil, 0, false
}

func (g *Grid) Render(path []Pos) string {
	rows := make([][]byte, g.h)
	for y := range rows {
		rows[y] = []byte(g.cells[y])
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.Y][p.X] = '*'
	}
	var sb strings.Builder
	for _, r := range rows {
		sb.Write(r)
		sb.WriteByte('\n')
	}
	return sb.String()
}

const maze = `
S....#......
.###.#.####.
...#...#~~#.
.#.#####~~#.
.#......~~..
.######.###G
`

func main() {
	g, s, goal := ParseGrid(maze)
	path, cost, ok := g.AStar(s, goal)
	fmt.Println("found:", ok, "steps:", len(path)-1, "cost:", cost)
	fmt.Print(g.Render(path))
	g.cells[4] = ".#....#.~~.."
	g.cells[5] = ".#####.####G"
	_, _, ok = g.AStar(s, goal)
	fmt.Println("after walls:", ok)
}

// A fixed-timestep game loop: entities behind an interface, a spatial grid for
// collisions, an input script and a frame buffer drawn to text.
package main

import (
	"fmt"
	"math"
	"strings"
)

const (
	W, H = 24, 10
	dt   = 1.0 / 30
)

type Vec struct{ X, Y float64 }

type Entity interface {
	Update(w *World, dt float64)
	Pos() Vec
	Glyph() byte
	Alive() bool
}

type Body struct {
	P, V Vec
	dead bool
}

func (b *Body) Pos() Vec    { return b.P }
func (b *Body) Alive() bool { return !b.dead }

func (b *Body) integrate(dt float64) {
	b.P.X += b.V.X * dt
	b.P.Y += b.V.Y * dt
	if b.P.X < 0 || b.P.X >= W {
		b.V.X = -b.V.X
		b.P.X = math.Max(0, math.Min(W-0.01, b.P.X))
	}
	if b.P.Y < 0 || b.P.Y >= H {
		b.V.Y = -b.V.Y
		b.P.Y = math.Max(0, math.Min(H-0.01, b.P.Y))
	}
}

type Player struct {
	Body
	Score int
}

type Coin struct{ Body }

type Ghost struct {
	Body
	target *Player
}

func (p *Player) Update(w *World, dt float64) { p.integrate(dt) }
func (p *Player) Glyph() byte                 { return '@' }
func (c *Coin) Update(w *World, dt float64)   {}
func (c *Coin) Glyph() byte                   { return '$' }
func (g *Ghost) Glyph() byte                  { return 'G' }

func (g *Ghost) Update(w *World, dt float64) {
	dx, dy := g.target.P.X-g.P.X, g.target.P.Y-g.P.Y
	d := math.Hypot(dx, dy)
	if d > 0 {
		g.V = Vec{dx / d * 3, dy / d * 3}
	}
	g.integrate(dt)
}

type World struct {
	entities []Entity
	player   *Player
	frame    int
	events   []string
}

func cell(v Vec) int { return int(v.Y)*W + int(v.X) }

func (w *World) collide() {
	grid := make(map[int][]Entity, len(w.entities))
	for _, e := range w.entities {
		if e.Alive() {
			grid[cell(e.Pos())] = append(grid[cell(e.Pos())], e)
		}
	}
	for _, e := range grid[cell(w.player.P)] {
		switch o := e.(type) {
		case *Coin:
			o.dead = true
			w.player.Score += 10
			w.events = append(w.events, fmt.Sprintf("frame %d: coin", w.frame))
		case *Ghost:
			w.player.dead = true
			w.events = append(w.events, fmt.Sprintf("frame %d: caught", w.frame))
		}
	}
}

func (w *World) Step(input byte) {
	const speed = 8
	switch input {
	case 'l':
		w.player.V = Vec{speed, 0}
	case 'r':
		w.player.V = Vec{-speed, 0}
	case 'd':
		w.player.V = Vec{0, speed}
	case 'u':
		w.player.V = Vec{0, -speed}
	}
	for _, e := range w.entities {
		if e.Alive() {
			e.Update(w, dt)
		}
	}
	w.collide()
	w.frame++
}

func (w *World) Draw() string {
	var fb [H][W]byte
	for y := range fb {
		for x := range fb[y] {
			fb[y][x] = '.'
		}
	}
	for _, e := range w.entities {
		if e.Alive() {
			p := e.Pos()
			fb[int(p.Y)][int(p.X)] = e.Glyph()
		}
	}
	var sb strings.Builder
	for y := range fb {
		sb.Write(fb[y][:])
		sb.WriteByte('\n')
	}
	return sb.String()
}

func NewWorld() *World {
	p := &Player{Body: Body{P: Vec{2, 2}}}
	w := &World{player: p}
	w.entities = append(w.entities, p, &Ghost{Body: Body{P: Vec{20, 8}}, target: p})
	for i := 0; i < 5; i++ {
		w.entities = append(w.entities, &Coin{Body{P: Vec{float64(4 + 3*i), 2.5}}})
	}
	return w
}

func main() {
	w := NewWorld()
	script := "l.........................................d.......r............."
	for i := 0; i < 180 && w.player.Alive(); i++ {
		var in byte
		if i < len(script) {
			in = script[i]
		}
		w.Step(in)
	}
	fmt.Print(w.Draw())
	fmt.Println("frames:", w.frame, "score:", w.player.Score, "alive:", w.player.Alive())
	fmt.Println(strings.Join(w.events, "; "))
}

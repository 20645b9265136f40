package main

import "fmt"

type Particle struct {
	X, Y, VX, VY float64
}

type Particles []Particle

func (ps Particles) Step(dt float64) {
	for i := range ps {
		p := &ps[i]
		p.X += p.VX * dt
		p.Y += p.VY * dt
	}
}

func (ps Particles) Energy() float64 {
	e := 0.0
	for _, p := range ps {
		e += 0.5 * (p.VX*p.VX + p.VY*p.VY)
	}
	return e
}

func spawn(n int) Particles {
	ps := make(Particles, n)
	for i := range ps {
		ps[i] = Particle{X: float64(i), VX: 1, VY: float64(i % 3)}
	}
	return ps
}

func spawnFixed() float64 {
	ps := make(Particles, 16)
	for i := range ps {
		ps[i].VX = float64(i)
	}
	ps.Step(0.5)
	return ps.Energy()
}

func pointersInto(ps Particles) []*Particle {
	out := make([]*Particle, 0, len(ps))
	for i := range ps {
		if ps[i].VY > 0 {
			out = append(out, &ps[i])
		}
	}
	return out
}

func bounce(ps []*Particle) {
	for _, p := range ps {
		p.VY = -p.VY
	}
}

func main() {
	ps := spawn(6)
	ps.Step(0.1)
	moving := pointersInto(ps)
	bounce(moving)
	fmt.Printf("%.2f %d %.2f\n", ps.Energy(), len(moving), spawnFixed())
}

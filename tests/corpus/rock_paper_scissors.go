package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

func (m Move) String() string { return [...]string{"rock", "paper", "scissors"}[m] }

func (m Move) Beats(o Move) bool { return (m+3-o)%3 == 1 }

type Strategy interface {
	Next(history []Move) Move
	Name() string
}

type Always struct{ M Move }

func (a Always) Next([]Move) Move { return a.M }
func (a Always) Name() string     { return "always-" + a.M.String() }

type Cycle struct{ i int }

func (c *Cycle) Next([]Move) Move { c.i++; return Move(c.i % 3) }
func (c *Cycle) Name() string     { return "cycle" }

type Counter struct{}

func (Counter) Next(h []Move) Move {
	if len(h) == 0 {
		return Paper
	}
	var freq [3]int
	for _, m := range h {
		freq[m]++
	}
	best := Rock
	for m := Rock; m <= Scissors; m++ {
		if freq[m] > freq[best] {
			best = m
		}
	}
	return (best + 1) % 3
}
func (Counter) Name() string { return "counter" }

type Random struct{ rng *rand.Rand }

func (r Random) Next([]Move) Move { return Move(r.rng.Intn(3)) }
func (r Random) Name() string     { return "random" }

func Match(a, b Strategy, rounds int) (int, int) {
	var ha, hb []Move
	wa, wb := 0, 0
	for i := 0; i < rounds; i++ {
		ma, mb := a.Next(hb), b.Next(ha)
		ha, hb = append(ha, ma), append(hb, mb)
		switch {
		case ma.Beats(mb):
			wa++
		case mb.Beats(ma):
			wb++
		}
	}
	return wa, wb
}

func main() {
	players := []Strategy{Always{Rock}, &Cycle{}, Counter{}, Random{rand.New(rand.NewSource(11))}}
	points := map[string]int{}
	for i := range players {
		for j := i + 1; j < len(players); j++ {
			a, b := Match(players[i], players[j], 30)
			points[players[i].Name()] += a
			points[players[j].Name()] += b
		}
	}
	names := make([]string, 0, len(points))
	for n := range points {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return points[names[i]] > points[names[j]] })
	for _, n := range names {
		fmt.Println(n, points[n])
	}
}

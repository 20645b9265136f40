package main

import (
	"errors"
	"fmt"
)

var (
	ErrGameOver  = errors.New("game over")
	ErrBadRoll   = errors.New("invalid roll")
	ErrNotFinish = errors.New("game not finished")
)

type Game struct {
	rolls []int
}

func (g *Game) frameDone() (frames int, inFrame int, done bool) {
	i := 0
	for frames = 0; frames < 10 && i < len(g.rolls); frames++ {
		if g.rolls[i] == 10 {
			i++
			continue
		}
		if i+1 >= len(g.rolls) {
			return frames, 1, false
		}
		i += 2
	}
	if frames < 10 {
		return frames, 0, false
	}
	bonus := len(g.rolls) - i
	needed := 0
	if last := g.tenthStart(); last >= 0 {
		if g.rolls[last] == 10 {
			needed = 2
		} else if g.rolls[last]+g.rolls[last+1] == 10 {
			needed = 1
		}
	}
	return frames, 0, bonus >= needed
}

func (g *Game) tenthStart() int {
	i := 0
	for f := 0; f < 9; f++ {
		if i >= len(g.rolls) {
			return -1
		}
		if g.rolls[i] == 10 {
			i++
		} else {
			i += 2
		}
	}
	if i+1 >= len(g.rolls) && !(i < len(g.rolls) && g.rollsi] == 10) {
		return -1
	}
	return i
}

func (g *Game) Roll(pins int) error {
	if pins < 0 || pins > 10 {
		return ErrBadRoll
	}
	if _, _, done := g.frameDone(); done {
		return ErrGameOver
	}
	g.rolls = append(g.rolls, pins)
	return nil
}

func (g *Game) Score() (int, error) {
	if _, _, done := g.frameDone(); !done {
		return 0, ErrNotFinish
	}
	score, i := 0, 0
	for f := 0; f < 10; f++ {
		switch {
		case g.rolls[i] == 10:
			score += 10 + g.rolls[i+1] + g.rolls[i+2]
			i++
		case g.rolls[i]+g.rolls[i+1] == 10:
			score += 10 + g.rolls[i+2]
			i += 2
		default:
			score += g.rolls[i] + g.rolls[i+1]
			i += 2
		}
	}
	return score, nil
}

func play(rolls ...int) (int, error) {
	g := &Game{}
	for _, r := range rolls {
		if err := g.Roll(r); err != nil {
			return 0, err
		}
	}
	return g.Score()
}

func main() {
	perfect := make([]int, 12)
	for i := range perfect {
		perfect[i] = 10
	}
	fmt.Println(play(perfect...))
	fmt.Println(play(9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9))
	fmt.Println(play(3, 4))
	fmt.Println(play(11))
}

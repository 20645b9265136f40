package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

var (
	ErrAlreadyGuessed = errors.New("already guessed")
	ErrNotLetter      = errors.New("not a letter")
	ErrOver           = errors.New("game over")
)

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Guess(r rune) (bool, error) {
	if g.Won() || g.Lost() {
		return false, ErrOver
	}
	r = unicode.ToLower(r)
	if !unicode.IsLetter(r) {
		return false, ErrNotLetter
	}
	if g.guessed[r] {
		return false, fmt.Errorf("%c: %w", r, ErrAlreadyGuessed)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return true, nil
	}
	g.misses = append(g.misses, r)
	return false, nil
}

func (g *Game) Masked() string {
	return strings.Map(func(r rune) rune {
		if g.guessed[r] || !unicode.IsLetter(r) {
			return r
		}
		return '_'
	}, g.word)
}

func (g *Game) Won() bool  { return !strings.ContainsRune(g.Masked(), '_') }
func (g *Game) Lost() bool { return len(g.misses) >= g.maxMiss }

func (g *Game) Status() string {
	switch {
	case g.Won():
		return "won"
	case g.Lost():
		return "lost"
	}
	return fmt.Sprintf("%s misses=%s left=%d", g.Masked(), string(g.misses), g.maxMiss-len(g.misses))
}

func play(word, guesses string, max int) string {
	g := NewGame(word, max)
	var errs []string
	for _, r := range guesses {
		if _, err := g.Guess(r); err != nil {
			errs = append(errs, err.Error())
		}
	}
	return g.Status() + " " + strings.Join(errs, "|")
}

func main() {
	fmt.Println(play("escape", "eaxz", 6))
	fmt.Println(play("heap", "hEap", 3))
	fmt.Println(play("stack", "xyzwq", 4))
	fmt.Println(play("go-lang", "gola1n", 5))
}

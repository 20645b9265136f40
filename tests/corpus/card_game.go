package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Suit int
type Rank int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string {
	ranks := "??23456789TJQKA"
	suits := "♣♦♥♠"
	return string(ranks[c.Rank]) + string([]rune(suits)[c.Suit])
}

type Deck []Card

func NewDeck() Deck {
	d := make(Deck, 0, 52)
	for s := Clubs; s <= Spades; s++ {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d Deck) Shuffle(rng *rand.Rand) {
	rng.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func (d *Deck) Deal(n int) []Card {
	hand := append([]Card(nil), (*d)[:n]...)
	*d = (*d)[n:]
	return hand
}

func Classify(hand []Card) string {
	counts := map[Rank]int{}
	suits := map[Suit]int{}
	ranks := make([]int, 0, len(hand))
	for _, c := range hand {
		counts[c.Rank]++
		suits[c.Suit]++
		ranks = append(ranks, int(c.Rank))
	}
	sort.Ints(ranks)
	straight := true
	for i := 1; i < len(ranks); i++ {
		if ranks[i] != ranks[i-1]+1 {
			straight = false
		}
	}
	flush := len(suits) == 1
	var groups []int
	for _, n := range counts {
		groups = append(groups, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(groups)))
	switch {
	case straight && flush:
		return "straight flush"
	case groups[0] == 4:
		return "four of a kind"
	case groups[0] == 3 && groups[1] == 2:
		return "full house"
	case flush:
		return "flush"
	case straight:
		return "straight"
	case groups[0] == 3:
		return "three of a kind"
	case groups[0] == 2 && groups[1] == 2:
		return "two pair"
	case groups[0] == 2:
		return "pair"
	}
	return "high card"
}

func show(hand []Card) string {
	parts := make([]string, len(hand))
	for i, c := range hand {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

func main() {
	rng := rand.New(rand.NewSource(7))
	d := NewDeck()
	d.Shuffle(rng)
	tally := map[string]int{}
	for i := 0; i < 10; i++ {
		h := d.Deal(5)
		tally[Classify(h)]++
		if i < 3 {
			fmt.Println(show(h), "=>", Classify(h))
		}
	}
	fmt.Println(len(d), tally["pair"]+tally["high card"] > 0)
	fmt.Println(Classify([]Card{{10, Hearts}, {11, Hearts}, {12, Hearts}, {13, Hearts}, {14, Hearts}}))
}

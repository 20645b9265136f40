// A game leaderboard: multi-key ordering through sort.Interface, ranks with ties,
// per-player history and a top-N view.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Player struct {
	Name    string
	Score   int
	Wins    int
	Games   int
	History []int
}

func (p *Player) Record(score int, won bool) {
	p.History = append(p.History, score)
	p.Score += score
	p.Games++
	if won {
		p.Wins++
	}
}

func (p *Player) WinRate() float64 {
	if p.Games == 0 {
		return 0
	}
	return float64(p.Wins) / float64(p.Games)
}

type byRank []*Player

func (b byRank) Len() int      { return len(b) }
func (b byRank) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byRank) Less(i, j int) bool {
	if b[i].Score != b[j].Score {
		return b[i].Score > b[j].Score
	}
	if b[i].Wins != b[j].Wins {
		return b[i].Wins > b[j].Wins
	}
	return b[i].Name < b[j].Name
}

type byName struct{ byRank }

func (b byName) Less(i, j int) bool { return b.byRank[i].Name < b.byRank[j].Name }

type Board struct {
	players map[string]*Player
}

func NewBoard() *Board { return &Board{players: map[string]*Player{}} }

func (b *Board) player(name string) *Player {
	p, ok := b.players[name]
	if !ok {
		p = &Player{Name: name}
		b.players[name] = p
	}
	return p
}

func (b *Board) Match(winner, loser string, ws, ls int) {
	b.player(winner).Record(ws, true)
	b.player(loser).Record(ls, false)
}

func (b *Board) Ranked() []*Player {
	list := make(byRank, 0, len(b.players))
	for _, p := range b.players {
		list = append(list, p)
	}
	sort.Sort(list)
	return list
}

type Row struct {
	Rank int
	*Player
}

func Ranks(ps []*Player) []Row {
	rows := make([]Row, len(ps))
	for i, p := range ps {
		rank := i + 1
		if i > 0 && p.Score == ps[i-1].Score && p.Wins == ps[i-1].Wins {
			rank = rows[i-1].Rank
		}
		rows[i] = Row{Rank: rank, Player: p}
	}
	return rows
}

func Top(rows []Row, n int) []Row {
	if n > len(rows) {
		n = len(rows)
	}
	return rows[:n]
}

func (r Row) String() string {
	hist := make([]string, len(r.History))
	for i, s := range r.History {
		hist[i] = fmt.Sprint(s)
	}
	return fmt.Sprintf("%2d. %-6s %4d pts %d/%d wins (%.0f%%) [%s]",
		r.Rank, r.Name, r.Score, r.Wins, r.Games, 100*r.WinRate(), strings.Join(hist, " "))
}

func main() {
	b := NewBoard()
	b.Match("ana", "ben", 30, 10)
	b.Match("cat", "dan", 25, 20)
	b.Match("ben", "cat", 15, 15)
	b.Match("dan", "ana", 40, 5)
	b.Match("eve", "ben", 35, 0)
	b.Match("ana", "eve", 20, 10)

	rows := Ranks(b.Ranked())
	for _, r := range Top(rows, 3) {
		fmt.Println(r)
	}
	fmt.Println("---")
	all := b.Ranked()
	sort.Sort(byName{all})
	names := make([]string, len(all))
	for i, p := range all {
		names[i] = p.Name
	}
	fmt.Println("alphabetical:", strings.Join(names, ", "))
	sort.Stable(sort.Reverse(byRank(all)))
	fmt.Println("last place:", all[0].Name)
}

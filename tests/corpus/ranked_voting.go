package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Ballot []string

type Round struct {
	Counts     map[string]int
	Eliminated string
}

var ErrNoBallots = errors.New("no ballots")

func tally(ballots []Ballot, out map[string]bool) map[string]int {
	counts := map[string]int{}
	for _, b := range ballots {
		for _, c := range b {
			if !out[c] {
				counts[c]++
				break
			}
		}
	}
	return counts
}

func InstantRunoff(ballots []Ballot) (string, []Round, error) {
	if len(ballots) == 0 {
		return "", nil, ErrNoBallots
	}
	out := map[string]bool{}
	var rounds []Round
	for {
		counts := tally(ballots, out)
		total := 0
		names := make([]string, 0, len(counts))
		for n, c := range counts {
			total += c
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if counts[n]*2 > total {
				rounds = append(rounds, Round{Counts: counts})
				return n, rounds, nil
			}
		}
		if len(names) == 0 {
			return "", rounds, errors.New("no candidates left")
		}
		loser := names[0]
		for _, n := range names {
			if counts[n] < counts[loser] {
				loser = n
			}
		}
		out[loser] = true
		rounds = append(rounds, Round{counts, loser})
	}
}

func parseBallots(s string) []Ballot {
	var bs []Ballot
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		bs = append(bs, Ballot(strings.Fields(line)))
	}
	return bs
}

func main() {
	ballots := parseBallots(`
go rust zig
go zig rust
rust zig go
rust go zig
zig rust go
zig rust go
rust zig go
go rust zig`)
	winner, rounds, err := InstantRunoff(ballots)
	for i, r := range rounds {
		keys := make([]string, 0, len(r.Counts))
		for k := range r.Counts {
			keys = append(keys, fmt.Sprintf("%s=%d", k, r.Counts[k]))
		}
		sort.Strings(keys)
		fmt.Printf("round %d: %s out=%q\n", i+1, strings.Join(keys, " "), r.Eliminated)
	}
	fmt.Println(winner, err)
	_, _, err = InstantRunoff(nil)
	fmt.Println(err)
}

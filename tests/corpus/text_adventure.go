package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction string

type Item struct {
	Name   string
	Weight int
	Usable func(g *Game) string
}

type Room struct {
	Name   string
	Desc   string
	Exits  map[Direction]*Room
	Items  map[string]*Item
	Locked map[Direction]string // direction -> key item needed
}

type Player struct {
	Room      *Room
	Inventory map[string]*Item
	Moves     int
	Capacity  int
}

type Game struct {
	Player *Player
	Rooms  map[string]*Room
	Over   bool
	Log    []string
}

func newRoom(name, desc string) *Room {
	return &Room{Name: name, Desc: desc, Exits: map[Direction]*Room{}, Items: map[string]*Item{}, Locked: map[Direction]string{}}
}

func connect(a *Room, d Direction, b *Room, back Direction) {
	a.Exits[d] = b
	b.Exits[back] = a
}

func NewGame() *Game {
	hall := newRoom("hall", "A dusty hall.")
	lib := newRoom("library", "Shelves of books about escape analysis.")
	vault := newRoom("vault", "A small vault. The heap is kept here.")
	garden := newRoom("garden", "A quiet garden with a stack of stones.")
	connect(hall, "north", lib, "south")
	connect(hall, "east", garden, "west")
	connect(lib, "east", vault, "west")
	lib.Locked["east"] = "key"
	garden.Items["key"] = &Item{Name: "key", Weight: 1}
	lib.Items["book"] = &Item{Name: "book", Weight: 3, Usable: func(g *Game) string {
		return "The book says: values that outlive their frame move to the heap."
	}}
	vault.Items["gold"] = &Item{Name: "gold", Weight: 8, Usable: func(g *Game) string {
		g.Over = true
		return "You are rich. The end."
	}}
	g := &Game{Rooms: map[string]*Room{}}
	for _, r := range []*Room{hall, lib, vault, garden} {
		g.Rooms[r.Name] = r
	}
	g.Player = &Player{Room: hall, Inventory: map[string]*Item{}, Capacity: 10}
	return g
}

func keys(m map[string]*Item) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (g *Game) look() string {
	r := g.Player.Room
	var exits []string
	for d := range r.Exits {
		exits = append(exits, string(d))
	}
	sort.Strings(exits)
	s := fmt.Sprintf("%s %s Exits: %s.", strings.ToUpper(r.Name[:1])+r.Name[1:], r.Desc, strings.Join(exits, ", "))
	if items := keys(r.Items); len(items) > 0 {
		s += " You see: " + strings.Join(items, ", ") + "."
	}
	return s
}

func (g *Game) load() int {
	w := 0
	for _, it := range g.Player.Inventory {
		w += it.Weight
	}
	return w
}

func (g *Game) Do(line string) string {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return "Say something."
	}
	p := g.Player
	p.Moves++
	verb, obj := words[0], ""
	if len(words) > 1 {
		obj = words[1]
	}
	switch verb {
	case "look", "l":
		return g.look()
	case "go", "n", "s", "e", "w":
		dir := Direction(obj)
		if verb != "go" {
			dir = map[string]Direction{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
		}
		next, ok := p.Room.Exits[dir]
		if !ok {
			return "You can't go that way."
		}
		if key, locked := p.Room.Locked[dir]; locked {
			if _, has := p.Inventory[key]; !has {
				return "The door is locked."
			}
			delete(p.Room.Locked, dir)
		}
		p.Room = next
		return g.look()
	case "take":
		it, ok := p.Room.Items[obj]
		if !ok {
			return "No " + obj + " here."
		}
		if g.load()+it.Weight > p.Capacity {
			return "Too heavy."
		}
		delete(p.Room.Items, obj)
		p.Inventory[obj] = it
		return "Taken."
	case "drop":
		it, ok := p.Inventory[obj]
		if !ok {
			return "You don't have " + obj + "."
		}
		delete(p.Inventory, obj)
		p.Room.Items[obj] = it
		return "Dropped."
	case "use":
		it, ok := p.Inventory[obj]
		if !ok {
			return "You don't have " + obj + "."
		}
		if it.Usable == nil {
			return "Nothing happens."
		}
		return it.Usable(g)
	case "inv", "i":
		if len(p.Inventory) == 0 {
			return "You carry nothing."
		}
		return "You carry: " + strings.Join(keys(p.Inventory), ", ") + fmt.Sprintf(" (%d/%d).", g.load(), p.Capacity)
	}
	return "I don't understand " + verb + "."
}

func main() {
	g := NewGame()
	script := []string{"look", "n", "e", "s", "e", "take key", "w", "n", "take book", "use book", "e",
		"take gold", "drop book", "take gold", "inv", "dance", "use gold"}
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
		if g.Over {
			break
		}
	}
	fmt.Println("moves:", g.Player.Moves)
}

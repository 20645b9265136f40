// select_multiplexer.go - a select loop that merges several producers,
// handles a quit channel, a heartbeat ticker and a per-message timeout.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Msg struct {
	Source string
	Seq    int
	Body   string
}

func producer(name string, n int, delay time.Duration) <-chan Msg {
	ch := make(chan Msg)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			time.Sleep(delay)
			ch <- Msg{name, i, strings.Repeat(name[:1], i)}
		}
	}()
	return ch
}

type Stats struct {
	PerSource map[string]int
	Beats     int
	Timeouts  int
}

func multiplex(a, b <-chan Msg, quit <-chan struct{}, out func(Msg)) Stats {
	st := Stats{PerSource: map[string]int{}}
	beat := time.NewTicker(5 * time.Millisecond)
	defer beat.Stop()
	for a != nil || b != nil {
		select {
		case m, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			st.PerSource[m.Source]++
			out(m)
		case m, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			st.PerSource[m.Source]++
			out(m)
		case <-beat.C:
			st.Beats++
		case <-time.After(200 * time.Millisecond):
			st.Timeouts++
		case <-quit:
			return st
		}
	}
	return st
}

func main() {
	quit := make(chan struct{})
	var got []Msg
	st := multiplex(producer("alpha", 4, time.Millisecond), producer("beta", 3, 2*time.Millisecond), quit,
		func(m Msg) { got = append(got, m) })
	sort.Slice(got, func(i, j int) bool {
		if got[i].Source != got[j].Source {
			return got[i].Source < got[j].Source
		}
		return got[i].Seq < got[j].Seq
	})
	for _, m := range got {
		fmt.Printf("%s#%d %s\n", m.Source, m.Seq, m.Body)
	}
	fmt.Println(st.PerSource["alpha"], st.PerSource["beta"], st.Timeouts)
	close(quit)
	st = multiplex(producer("gamma", 100, time.Hour), nil, quit, func(Msg) {})
	fmt.Println("after quit:", len(st.PerSource))
}

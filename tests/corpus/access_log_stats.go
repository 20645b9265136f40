// access_log_stats.go - parse web server access-log lines (common log
// format), aggregate status classes, top paths and bytes per hour, and
// report percentiles of response sizes.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logData = `10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:57:01 +0000] "GET /api/users HTTP/1.1" 200 512
10.0.0.1 - - [10/Oct/2023:14:01:12 +0000] "POST /api/users HTTP/1.1" 201 64
10.0.0.3 - - [10/Oct/2023:14:02:40 +0000] "GET /missing HTTP/1.1" 404 0
10.0.0.2 - - [10/Oct/2023:14:03:02 +0000] "GET /api/users HTTP/1.1" 500 128
garbage line
10.0.0.4 - - [10/Oct/2023:15:10:00 +0000] "GET /index.html HTTP/1.1" 304 0
10.0.0.1 - - [10/Oct/2023:15:11:11 +0000] "GET /static/app.js HTTP/1.1" 200 90211
`

type Entry struct {
	IP     string
	When   time.Time
	Method string
	Path   string
	Status int
	Bytes  int
}

func parseLine(line string) (Entry, error) {
	var e Entry
	sp := strings.IndexByte(line, ' ')
	lb, rb := strings.IndexByte(line, '['), strings.IndexByte(line, ']')
	q1 := strings.IndexByte(line, '"')
	q2 := strings.LastIndexByte(line, '"')
	if sp < 0 || lb < 0 || rb < lb || q1 < 0 || q2 <= q1 {
		return e, fmt.Errorf("malformed: %q", line)
	}
	e.IP = line[:sp]
	t, err := time.Parse("02/Jan/2006:15:04:05 -0700", line[lb+1:rb])
	if err != nil {
		return e, err
	}
	e.When = t
	req := strings.Fields(line[q1+1 : q2])
	if len(req) != 3 {
		return e, fmt.Errorf("bad request %q", line[q1+1:q2])
	}
	e.Method, e.Path = req[0], req[1]
	tail := strings.Fields(line[q2+1:])
	if len(tail) != 2 {
		return e, fmt.Errorf("bad tail in %q", line)
	}
	if e.Status, err = strconv.Atoi(tail[0]); err != nil {
		return e, err
	}
	e.Bytes, err = strconv.Atoi(tail[1])
	return e, err
}

type kv struct {
	Key   string
	Count int
}

func topN(m map[string]int, n int) []kv {
	out := make([]kv, 0, len(m))
	for k, v := range m {
		out = append(out, kv{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func percentile(sorted []int, p float64) int {
	if len(sorted) == 0 {
		return 0
	}
	idx := int(p/100*float64(len(sorted)-1) + 0.5)
	return sorted[idx]
}

func main() {
	var entries []Entry
	bad := 0
	sc := bufio.NewScanner(strings.NewReader(logData))
	for sc.Scan() {
		e, err := parseLine(sc.Text())
		if err != nil {
			bad++
			continue
		}
		entries = append(entries, e)
	}
	classes := map[string]int{}
	paths := map[string]int{}
	perHour := map[int]int{}
	sizes := make([]int, 0, len(entries))
	for _, e := range entries {
		classes[strconv.Itoa(e.Status/100)+"xx"]++
		paths[e.Method+" "+e.Path]++
		perHour[e.When.Hour()] += e.Bytes
		sizes = append(sizes, e.Bytes)
	}
	sort.Ints(sizes)
	fmt.Println("parsed", len(entries), "bad", bad)
	for _, c := range topN(classes, 5) {
		fmt.Printf("  %s %d\n", c.Key, c.Count)
	}
	for _, p := range topN(paths, 3) {
		fmt.Printf("  %-22s %d\n", p.Key, p.Count)
	}
	hours := make([]int, 0, len(perHour))
	for h := range perHour {
		hours = append(hours, h)
	}
	sort.Ints(hours)
	for _, h := range hours {
		fmt.Printf("  %02d:00 %7d bytes\n", h, perHour[h])
	}
	fmt.Println("p50", percentile(sizes, 50), "p90", percentile(sizes, 90), "p99", percentile(sizes, 99))
	span := entries[len(entries)-1].When.Sub(entries[0].When)
	fmt.Println("span", span, "first", entries[0].When.Format(time.RFC3339))
}

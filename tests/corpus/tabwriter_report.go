// A process-table style report with text/tabwriter: column alignment, right-aligned
// numbers, human-readable sizes, sorting by a flag-like key and a totals row.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Proc struct {
	PID     int
	User    string
	Command string
	CPU     float64
	RSS     int64
	Started time.Duration
	Threads int
}

func human(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%dB", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%c", float64(n)/float64(div), "KMGTPE"[exp])
}

func uptime(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	if h >= 24 {
		return fmt.Sprintf("%dd%02dh", h/24, h%24)
	}
	return fmt.Sprintf("%02d:%02d", h, m)
}

var sorters = map[string]func(a, b *Proc) bool{
	"pid": func(a, b *Proc) bool { return a.PID < b.PID },
	"cpu": func(a, b *Proc) bool { return a.CPU > b.CPU },
	"mem": func(a, b *Proc) bool { return a.RSS > b.RSS },
	"user": func(a, b *Proc) bool {
		if a.User != b.User {
			return a.User < b.User
		}
		return a.PID < b.PID
	},
}

func sortProcs(ps []Proc, key string) error {
	less, ok := sorters[key]
	if !ok {
		keys := make([]string, 0, len(sorters))
		for k := range sorters {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return fmt.Errorf("unknown sort key %q (want one of %s)", key, strings.Join(keys, ", "))
	}
	sort.SliceStable(ps, func(i, j int) bool { return less(&ps[i], &ps[j]) })
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

func Render(w io.Writer, ps []Proc, wide bool) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "PID\tUSER\tCPU%\tRSS\tTHR\tUPTIME\tCOMMAND\t")
	var cpu float64
	var rss int64
	for _, p := range ps {
		cmd := p.Command
		if !wide {
			cmd = truncate(cmd, 18)
		}
		fmt.Fprintf(tw, "%d\t%s\t%.1f\t%s\t%d\t%s\t%s\t\n", p.PID, p.User, p.CPU, human(p.RSS), p.Threads, uptime(p.Started), cmd)
		cpu += p.CPU
		rss += p.RSS
	}
	fmt.Fprintf(tw, "\t%d procs\t%.1f\t%s\t\t\t\t\n", len(ps), cpu, human(rss))
	return tw.Flush()
}

func main() {
	procs := []Proc{
		{1, "root", "/sbin/init splash", 0.1, 12 << 20, 90 * time.Hour, 1},
		{412, "postgres", "postgres: checkpointer", 2.5, 300 << 20, 30 * time.Hour, 4},
		{977, "alice", "go build -gcflags=-m ./...", 97.3, 1500 << 20, 3 * time.Minute, 12},
		{1203, "alice", "vim escape.c", 0.4, 45 << 20, 2*time.Hour + 5*time.Minute, 1},
		{88, "root", "sshd", 0, 900 << 10, 90 * time.Hour, 1},
	}
	for _, key := range []string{"cpu", "user"} {
		if err := sortProcs(procs, key); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("sorted by", key)
		Render(os.Stdout, procs, key == "user")
	}
	fmt.Println(sortProcs(procs, "size"))
	var sb strings.Builder
	Render(&sb, procs[:1], false)
	fmt.Print(sb.String())
}

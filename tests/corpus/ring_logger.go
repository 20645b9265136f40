// A leveled logger that keeps the last N records in a ring buffer and can dump
// them to any io.Writer (a flight recorder for crash reports).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string { return levelNames[l] }

type Record struct {
	Seq    uint64
	At     time.Time
	Level  Level
	Msg    string
	Fields map[string]interface{}
}

type RingLogger struct {
	mu    sync.Mutex
	buf   []Record
	next  int
	full  bool
	seq   uint64
	min   Level
	clock func() time.Time
}

func NewRingLogger(size int, min Level) *RingLogger {
	start := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	tick := 0
	return &RingLogger{
		buf: make([]Record, size),
		min: min,
		clock: func() time.Time {
			tick++
			return start.Add(time.Duration(tick) * time.Second)
		},
	}
}

func (l *RingLogger) Log(level Level, msg string, kv ...interface{}) {
	if level < l.min {
		return
	}
	fields := make(map[string]interface{}, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			fields[k] = kv[i+1]
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	l.buf[l.next] = Record{Seq: l.seq, At: l.clock(), Level: level, Msg: msg, Fields: fields}
	l.next = (l.next + 1) % len(l.buf)
	if l.next == 0 {
		l.full = true
	}
}

func (l *RingLogger) Infof(format string, args ...interface{}) {
	l.Log(Info, fmt.Sprintf(format, args...))
}

func (l *RingLogger) Records() []Record {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.full {
		return append([]Record(nil), l.buf[:l.next]...)
	}
	out := make([]Record, 0, len(l.buf))
	out = append(out, l.buf[l.next:]...)
	return append(out, l.buf[:l.next]...)
}

func (r Record) Format() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "#%d %s %-5s %s", r.Seq, r.At.Format("15:04:05"), r.Level, r.Msg)
	for _, k := range sortedKeys(r.Fields) {
		fmt.Fprintf(&sb, " %s=%v", k, r.Fields[k])
	}
	return sb.String()
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func (l *RingLogger) Dump(w io.Writer, min Level) (int, error) {
	n := 0
	for _, r := range l.Records() {
		if r.Level < min {
			continue
		}
		if _, err := io.WriteString(w, r.Format()+"\n"); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func main() {
	log := NewRingLogger(5, Info)
	log.Log(Debug, "not kept")
	log.Infof("server starting on port %d", 8080)
	for i := 0; i < 4; i++ {
		log.Log(Info, "request", "path", "/api", "ms", 10+i)
	}
	log.Log(Warn, "slow request", "ms", 950)
	log.Log(Error, "db timeout", "attempt", 3, "fatal", false)

	n, err := log.Dump(os.Stdout, Debug)
	fmt.Println(n, "records dumped", err)
	var sb strings.Builder
	n, _ = log.Dump(&sb, Warn)
	fmt.Printf("%d warnings+:\n%s", n, sb.String())
}

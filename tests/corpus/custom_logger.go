package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

type Field struct {
	Key   string
	Value interface{}
}

type Logger struct {
	mu     sync.Mutex
	out    io.Writer
	min    Level
	fields []Field
	count  map[Level]int
}

func New(out io.Writer, min Level) *Logger {
	return &Logger{out: out, min: min, count: map[Level]int{}}
}

func (l *Logger) With(fields ...Field) *Logger {
	child := &Logger{out: l.out, min: l.min, count: l.count}
	child.fields = append(append([]Field(nil), l.fields...), fields...)
	return child
}

func (l *Logger) log(lv Level, msg string, fields []Field) {
	if lv < l.min {
		return
	}
	all := append(append([]Field(nil), l.fields...), fields...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	var b strings.Builder
	b.WriteString(levelNames[lv])
	b.WriteString(" ")
	b.WriteString(msg)
	for _, f := range all {
		fmt.Fprintf(&b, " %s=%v", f.Key, f.Value)
	}
	b.WriteByte('\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	l.count[lv]++
	io.WriteString(l.out, b.String())
}

func (l *Logger) Debug(msg string, f ...Field) { l.log(Debug, msg, f) }
func (l *Logger) Info(msg string, f ...Field)  { l.log(Info, msg, f) }
func (l *Logger) Warn(msg string, f ...Field)  { l.log(Warn, msg, f) }
func (l *Logger) Error(msg string, f ...Field) { l.log(Error, msg, f) }

func F(k string, v interface{}) Field { return Field{k, v} }

type multiWriter []io.Writer

func (m multiWriter) Write(p []byte) (int, error) {
	for _, w := range m {
		if _, err := w.Write(p); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	log := New(multiWriter{os.Stdout, &buf}, Info)
	req := log.With(F("req", 42), F("user", "ann"))
	log.Debug("hidden")
	log.Info("starting", F("port", 8080))
	req.Warn("slow query", F("ms", 1500))
	req.Error("failed", F("err", fmt.Errorf("boom")))
	fmt.Println(strings.Count(buf.String(), "\n"), log.count[Warn], log.count[Debug])
}

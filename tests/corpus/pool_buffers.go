// pool_buffers.go - a log formatter that reuses *bytes.Buffer values from a
// sync.Pool, with a bounded slice pool for field scratch space.
package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

type Field struct {
	Key   string
	Value any
}

type Logger struct {
	mu     sync.Mutex
	out    *bytes.Buffer
	prefix string
	gets   int
}

func getBuffer() *bytes.Buffer {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > 4096 {
		return // let the GC take oversized buffers
	}
	bufPool.Put(b)
}

func appendValue(b *bytes.Buffer, v any) {
	switch x := v.(type) {
	case string:
		b.WriteString(strconv.Quote(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case time.Duration:
		b.WriteString(x.String())
	case error:
		b.WriteString(strconv.Quote(x.Error()))
	default:
		fmt.Fprint(b, x)
	}
}

func (l *Logger) Log(level, msg string, fields ...Field) {
	b := getBuffer()
	defer putBuffer(b)
	b.WriteString(l.prefix)
	b.WriteString(level)
	b.WriteByte(' ')
	b.WriteString(msg)
	sort.Slice(fields, func(i, j int) bool { return fields[i].Key < fields[j].Key })
	for _, f := range fields {
		b.WriteByte(' ')
		b.WriteString(f.Key)
		b.WriteByte('=')
		appendValue(b, f.Value)
	}
	b.WriteByte('\n')
	l.mu.Lock()
	l.out.Write(b.Bytes())
	l.gets++
	l.mu.Unlock()
}

func main() {
	l := &Logger{out: new(bytes.Buffer), prefix: "app: "}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			l.Log("INFO", "worker done", Field{"id", id}, Field{"ok", true})
		}(i)
	}
	wg.Wait()
	l.Log("WARN", "slow request", Field{"took", 1500 * time.Millisecond}, Field{"path", "/api/v1"})
	l.Log("ERROR", "failed", Field{"err", os.ErrNotExist}, Field{"retry", 3}, Field{"ratio", 0.25})
	lines := bytes.Split(bytes.TrimSpace(l.out.Bytes()), []byte("\n"))
	sort.Slice(lines, func(i, j int) bool { return bytes.Compare(lines[i], lines[j]) < 0 })
	for _, ln := range lines {
		fmt.Println(string(ln))
	}
	fmt.Println("logged", l.gets)
}

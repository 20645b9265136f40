// Reusing buffers with sync.Pool in a log-line formatter, plus a hand-written
// free-list pool of fixed-size frames with usage statistics.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
	"time"
)

var bufPool = sync.Pool{
	New: func() interface{} { return new(bytes.Buffer) },
}

type Field struct {
	Key string
	Val interface{}
}

func appendValue(b *bytes.Buffer, v interface{}) {
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
		fmt.Fprintf(b, "%v", x)
	}
}

func FormatLine(level, msg string, fields ...Field) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer bufPool.Put(b)
	b.WriteString("level=")
	b.WriteString(level)
	b.WriteString(" msg=")
	b.WriteString(strconv.Quote(msg))
	for _, f := range fields {
		b.WriteByte(' ')
		b.WriteString(f.Key)
		b.WriteByte('=')
		appendValue(b, f.Val)
	}
	return b.String()
}

const frameSize = 4096

type Frame struct {
	data [frameSize]byte
	n    int
	next *Frame
}

type FramePool struct {
	mu        sync.Mutex
	free      *Frame
	allocated int
	reused    int
}

func (p *FramePool) Get() *Frame {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f := p.free; f != nil {
		p.free = f.next
		f.next = nil
		f.n = 0
		p.reused++
		return f
	}
	p.allocated++
	return new(Frame)
}

func (p *FramePool) Put(f *Frame) {
	p.mu.Lock()
	f.next = p.free
	p.free = f
	p.mu.Unlock()
}

func (f *Frame) Write(b []byte) (int, error) {
	n := copy(f.data[f.n:], b)
	f.n += n
	if n < len(b) {
		return n, fmt.Errorf("frame full after %d bytes", n)
	}
	return n, nil
}

func (f *Frame) Bytes() []byte { return f.data[:f.n] }

func packetize(p *FramePool, msgs []string) int {
	total := 0
	for _, m := range msgs {
		f := p.Get()
		fmt.Fprintf(f, "%04d|%s", len(m), m)
		total += len(f.Bytes())
		p.Put(f)
	}
	return total
}

func main() {
	fmt.Println(FormatLine("info", "request done",
		Field{"path", "/api/v1"}, Field{"status", 200}, Field{"cached", false},
		Field{"took", 1500 * time.Microsecond}))
	fmt.Println(FormatLine("error", "db", Field{"err", fmt.Errorf("conn refused")}, Field{"retry", 2.5}))

	var wg sync.WaitGroup
	lines := make([]string, 8)
	for i := range lines {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			lines[i] = FormatLine("debug", "worker", Field{"id", i})
		}(i)
	}
	wg.Wait()
	fmt.Println(len(lines), lines[7])

	pool := &FramePool{}
	n := packetize(pool, []string{"hello", "world", "frames are reused", "!"})
	fmt.Printf("bytes=%d allocated=%d reused=%d\n", n, pool.allocated, pool.reused)
}
